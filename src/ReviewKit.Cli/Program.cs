using ReviewKit.Cli;

return await ReviewKitCommandLine.RunProcessAsync(args);
