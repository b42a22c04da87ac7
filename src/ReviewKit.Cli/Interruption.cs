using System.Runtime.InteropServices;

namespace ReviewKit.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the running command is cancelled and given a grace period to stop, clean up and say what
/// it did not write; a command that has not ended by then, or a second signal, ends the process after running the clean-ups
/// registered with <see cref="OnForcedExit"/>. The process then exits with 128 + the signal's number, as shells expect.
/// </summary>
internal static class Interruption
{
    /// <summary>Exit code after SIGINT (Ctrl+C): 128 + 2.</summary>
    public const int InterruptExitCode = 130;

    /// <summary>Exit code after SIGTERM: 128 + 15.</summary>
    public const int TerminateExitCode = 143;

    /// <summary>How long a command that registered no clean-up has to end after the first signal.</summary>
    private static readonly TimeSpan ShortGrace = TimeSpan.FromSeconds(2);

    /// <summary>How long a command with clean-ups (a browser to close, files to finish) has: a notebook cell that is computing runs to its end.</summary>
    private static readonly TimeSpan LongGrace = TimeSpan.FromSeconds(10);

    private static readonly CancellationTokenSource Source = new();
    private static readonly List<Action> Cleanups = [];
    private static int _exitCode;
    private static int _exitingOnPurpose;

    /// <summary>Cancelled at the first signal.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>The exit code for the signal received: 143 after SIGTERM, else 130.</summary>
    public static int ExitCode => _exitCode == 0 ? InterruptExitCode : _exitCode;

    /// <summary>Whether the process is ending because of a signal, so that a handler of <see cref="AppDomain.ProcessExit"/> leaves it be.</summary>
    public static bool ExitingOnPurpose => Volatile.Read(ref _exitingOnPurpose) == 1;

    /// <summary>Starts listening to SIGINT and SIGTERM for the life of the returned object.</summary>
    public static IDisposable Listen() => new Registrations(
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
    ]);

    /// <summary>Runs <paramref name="cleanup"/> if the process has to be ended before the command stops by itself; until disposed.</summary>
    public static IDisposable OnForcedExit(Action cleanup)
    {
        lock (Cleanups)
        {
            Cleanups.Add(cleanup);
        }

        return new Registration(cleanup);
    }

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true; // the command stops by itself, or ForceExit ends the process
        var exitCode = context.Signal == PosixSignal.SIGTERM ? TerminateExitCode : InterruptExitCode;
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            ForceExit(); // a second signal: the user does not want to wait
            return;
        }

        bool hasCleanups;
        lock (Cleanups)
        {
            hasCleanups = Cleanups.Count > 0;
        }

        _ = Task.Run(async () =>
        {
            await Source.CancelAsync();
            await Task.Delay(hasCleanups ? LongGrace : ShortGrace);
            ForceExit();
        });
    }

    private static void ForceExit()
    {
        if (Interlocked.Exchange(ref _exitingOnPurpose, 1) == 1)
        {
            return;
        }

        Action[] cleanups;
        lock (Cleanups)
        {
            cleanups = [.. Cleanups];
        }

        foreach (var cleanup in cleanups)
        {
            try
            {
                cleanup();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // the process ends now: what could not be cleaned up cannot be helped by waiting
            }
        }

        Console.Error.Flush();
        Environment.Exit(ExitCode);
    }

    private sealed class Registration(Action cleanup) : IDisposable
    {
        public void Dispose()
        {
            lock (Cleanups)
            {
                Cleanups.Remove(cleanup);
            }
        }
    }

    private sealed class Registrations(IReadOnlyList<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
