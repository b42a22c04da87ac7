using ReviewKit.Interchange;

namespace ReviewKit.Tests;

public sealed class NameBasedGuidTests
{
    [Fact]
    public void For_RfcExampleInTheDnsNamespace_TheKnownVersion5Guid()
    {
        // RFC 9562, Appendix A.4: www.example.com in the DNS namespace 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
        var dns = Convert.FromHexString("6ba7b8109dad11d180b400c04fd430c8");

        Assert.Equal("2ED6657D-E927-568B-95E1-2665A8AEA6A2", NameBasedGuid.For(dns, "www.example.com"));
    }

    [Fact]
    public void For_SameName_SameGuid_OtherName_OtherGuid()
    {
        Assert.Equal(NameBasedGuid.For("code:LC1"), NameBasedGuid.For("code:LC1"));
        Assert.NotEqual(NameBasedGuid.For("code:LC1"), NameBasedGuid.For("code:LC2"));
        Assert.Equal('5', NameBasedGuid.For("code:LC1")[14]);
    }
}
