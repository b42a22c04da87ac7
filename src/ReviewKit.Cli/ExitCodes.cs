namespace ReviewKit.Cli;

/// <summary>Process exit codes (sysexits.h where one fits).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int DataError = 65;
}
