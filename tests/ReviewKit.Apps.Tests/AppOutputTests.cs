namespace ReviewKit.Apps.Tests;

public sealed class AppOutputTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "--figures", "figs" }, "figs")]
    [InlineData(new[] { "--figures" }, null)]
    [InlineData(new[] { "--figures", " " }, null)]
    [InlineData(new[] { "--data", "x" }, null)]
    public void ReadFigureFolder_Arguments_FolderOrNullWhenWrong(string[] args, string? expected) =>
        Assert.Equal(expected, AppOutput.ReadFigureFolder(args));
}
