using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ReviewKit.Notebooks;

/// <summary>
/// Compiles one small submission on a thread of its own, once per process, while the first kernel is being built: the
/// compiler's code is then already jitted when the first cell is compiled, and the two costs overlap on two cores
/// instead of adding up.
/// </summary>
internal static class CompilerWarmUp
{
    private const string Submission = """
        using System.Linq;
        var values = new[] { 1, 2, 3 };
        var total = values.Where(value => value > 1).Sum();
        $"{total} of {values.Length}"
        """;

    private static int _started;

    internal static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            return;
        }

        new Thread(Compile) { IsBackground = true, Name = "compiler warm-up" }.Start();
    }

    private static void Compile()
    {
        try
        {
            var options = ScriptOptions.Default.AddReferences(typeof(Enumerable).Assembly);
            CSharpScript.Create(Submission, options).GetCompilation().Emit(Stream.Null);
        }
        catch (Exception)
        {
            // Only a head start: a cell that needs the compiler compiles as it would have, warm-up or not.
        }
    }
}
