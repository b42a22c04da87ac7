using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>The teaching files of data/examples/intercoder are what their documented procedure generates.</summary>
public class IntercoderExampleTests
{
    [Fact]
    public void CommittedFiles_EqualTheDocumentedProcedure()
    {
        var generated = IntercoderExample.Generate(ReviewDataset.Paper);
        if (Environment.GetEnvironmentVariable("REVIEWKIT_WRITE_EXAMPLES") == "1")
        {
            Directory.CreateDirectory(IntercoderExample.Folder);
            foreach (var (name, text) in generated)
            {
                File.WriteAllText(Path.Combine(IntercoderExample.Folder, name), text);
            }
        }

        foreach (var (name, text) in generated)
        {
            var path = Path.Combine(IntercoderExample.Folder, name);
            Assert.True(File.Exists(path), $"{path} is missing; write it with REVIEWKIT_WRITE_EXAMPLES=1 dotnet test --filter IntercoderExampleTests");
            Assert.Equal(text, File.ReadAllText(path));
        }
    }

    [Fact]
    public void CommittedFiles_AreValidCodersOfTwentyStudiesSharingEighteen()
    {
        var coders = Coder.LoadAll(IntercoderExample.Coders.Select(c => Path.Combine(IntercoderExample.Folder, c.Name + ".csv")).ToList(), ReviewDataset.Paper);

        Assert.All(coders, coder => Assert.Equal(IntercoderExample.StudiesPerCoder, coder.Studies.Count));
        Assert.Equal(18, coders[0].Studies.Intersect(coders[1].Studies).Count());
    }
}
