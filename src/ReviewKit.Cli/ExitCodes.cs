namespace ReviewKit.Cli;

/// <summary>Process exit codes (sysexits.h where one fits).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A notebook failed, or <c>reproduce --check</c> found a difference.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown option or value, or options that contradict each other.</summary>
    public const int Usage = 2;

    /// <summary>An input file is missing, unreadable or has problems (EX_DATAERR).</summary>
    public const int DataError = 65;

    /// <summary>The output folder cannot be created or written (EX_CANTCREAT).</summary>
    public const int CannotCreateOutput = 73;

    /// <summary>Writing the output failed part-way, e.g. a full disk (EX_IOERR).</summary>
    public const int IOError = 74;
}
