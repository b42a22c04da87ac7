namespace ReviewKit.Notebooks.Tests;

public sealed class OutputNormalizerTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("60 studies", "60 studies")]
    [InlineData("a  \r\nb\r\n\r\n", "a\nb")]
    [InlineData("key 3c426b0a-406e-4df0-a214-e9c56de0aae1", "key <id-1>")]
    [InlineData("<div id=\"3c426b0a-406e-4df0-a214-e9c56de0aae1\"></div><script>renderPlotly_3c426b0a406e4df0a214e9c56de0aae1()</script>",
        "<div id=\"<id-1>\"></div><script>renderPlotly_<id-1>()</script>")]
    [InlineData("<table id=\"table_639314928173094069\"></table><script>find('table_639314928173094069')</script>",
        "<table id=\"<id-1>\"></table><script>find('<id-1>')</script>")]
    [InlineData("<div id=\"chart\">chart</div>", "<div id=\"chart\">chart</div>")]
    [InlineData("<p id='p1'>p1</p><p id='p2'>p1 and p2</p>", "<p id='<id-1>'><id-1></p><p id='<id-2>'><id-1> and <id-2></p>")]
    [InlineData("Elapsed 00:00:01.2345678", "Elapsed <time>")]
    [InlineData("took 12 ms, then 3.5ms, then 1.25 s", "took <duration>, then <duration>, then <duration>")]
    [InlineData("5 s and 12 msc", "5 s and 12 msc")]
    public void Normalize_Text_Expected(string text, string expected)
    {
        Assert.Equal(expected, OutputNormalizer.Normalize(text));
    }
}
