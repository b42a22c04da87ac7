using System.Runtime.InteropServices;

namespace ReviewKit.Notebooks;

/// <summary>
/// The C library's heap, where the compiler's metadata readers allocate. glibc gives each thread that allocates at once
/// an arena of its own, up to 64 MB each, and keeps what is freed in it: notebooks run side by side compile on every
/// core, and a reproduce of all of them held some 700 MB of such arenas. Elsewhere than glibc this does nothing.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns to the system the pages that freed allocations left empty.</summary>
    public static void ReturnFreedPages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            Trim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // another C library (musl): it keeps no per-thread arenas to give back
        }
    }

    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int Trim(nuint pad);
}
