using ReviewKit.Data;

namespace ReviewKit.Tests.Shared;

/// <summary>Small hand-made datasets and paths shared by the tests.</summary>
internal static class TestData
{
    public const string Codebook = """
        code,stakeholder,polarity,label
        LC1,Learners,Challenge,Attainment of knowledge
        LO1,Learners,Opportunity,Motivation
        EO1,Employers,Opportunity,Employers' demands
        GC1,Government,Challenge,Definitions
        """;

    public const string Studies = """
        study_id,authors,year
        S1,Smith,2019
        S2,Jones,2021
        S3,Lee,2021
        S4,Khan,2022
        """;

    // Hand-worked: LC1 in S1,S2 (n=2, 50%); LO1 in S1,S2,S3 (n=3, 75%); EO1 in S4 (n=1, 25%); GC1 in none (n=0).
    // Assignments: Learners 5, Employers 1, HigherEducation 0, Government 0; total 6.
    public const string Codings = """
        study_id,code
        S1,LC1
        S1,LO1
        S2,LO1
        S2,LC1
        S3,LO1
        S4,EO1
        """;

    public static ReviewDataset Small() => ReviewDataset.Parse(Codebook, Studies, Codings);

    public static string DataFolder => Path.Combine(Repository.Root, "data");

    public static string UpdateLayer => Path.Combine(DataFolder, "examples", "update-2023");

    /// <summary>SHA-256 of every file under a folder, by relative path: to show that a command changed nothing.</summary>
    public static Dictionary<string, string> Hashes(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(directory, path), path => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>A temporary folder, deleted on dispose; a data layer when CSV files are written into it.</summary>
    /// <summary>Writes that many megabytes of spaces: an entry of a zip bomb, which compresses to almost nothing.</summary>
    public static void WriteSpaces(Stream stream, int megabytes)
    {
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var megabyte = 0; megabyte < megabytes; megabyte++)
        {
            stream.Write(spaces);
        }
    }

    public class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reviewkit-test-" + Guid.NewGuid().ToString("N"));

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public TempFolder Write(string name, string text)
        {
            System.IO.File.WriteAllText(File(name), text);
            return this;
        }

        public void Append(string name, string text) => System.IO.File.AppendAllText(File(name), text);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A temporary copy of the paper's data folder, deleted on dispose.</summary>
    public sealed class DataCopy : TempFolder
    {
        public DataCopy()
        {
            foreach (var file in new[] { ReviewDataset.CodebookFile, ReviewDataset.StudiesFile, ReviewDataset.CodingsFile })
            {
                System.IO.File.Copy(System.IO.Path.Combine(DataFolder, file), File(file));
            }
        }
    }
}
