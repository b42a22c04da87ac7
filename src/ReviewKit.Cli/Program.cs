using ReviewKit.Cli;

return await ReviewKitCommandLine.InvokeAsync(args, Console.Out, Console.Error);
