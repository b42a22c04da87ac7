using System.Text.Json;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>data/datapackage.json describes the files as they are.</summary>
public class DataPackageTests
{
    private static readonly JsonElement Package = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.DataFolder, "datapackage.json"))).RootElement;

    public static TheoryData<string> Resources() => new(Package.GetProperty("resources").EnumerateArray().Select(resource => resource.GetProperty("name").GetString()!));

    [Theory]
    [MemberData(nameof(Resources))]
    public void Resource_SchemaFields_AreTheFileHeaderInOrderAndKeysNameFields(string name)
    {
        var resource = Package.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);
        var schema = resource.GetProperty("schema");
        var fields = schema.GetProperty("fields").EnumerateArray().Select(field => field.GetProperty("name").GetString()).ToList();

        var header = File.ReadLines(Path.Combine(TestData.DataFolder, resource.GetProperty("path").GetString()!)).First().TrimStart('\uFEFF').Split(',');

        Assert.Equal(fields, header);
        if (schema.TryGetProperty("primaryKey", out var keys))
        {
            Assert.All(keys.EnumerateArray(), key => Assert.Contains(key.GetString(), fields));
        }
    }

    [Fact]
    public void Resources_CoverEveryCsvFileOfTheDataFolder()
    {
        var described = Package.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("path").GetString()).Order();

        Assert.Equal(Directory.GetFiles(TestData.DataFolder, "*.csv").Select(Path.GetFileName).Order(), described);
    }
}
