using System.Security.Cryptography;
using System.Text;

namespace ReviewKit.Interchange;

/// <summary>
/// Name-based GUIDs (RFC 9562 version 5, SHA-1) in a namespace of ReviewKit's own, so that a code or a study gets the
/// same GUID in every export and a re-export is identical.
/// </summary>
internal static class NameBasedGuid
{
    /// <summary>The namespace: the version 5 GUID of the name <c>urn:reviewkit:refi-qda</c> in the RFC's URL namespace.</summary>
    private static readonly byte[] Namespace = Hash(Convert.FromHexString("6ba7b8119dad11d180b400c04fd430c8"), "urn:reviewkit:refi-qda");

    /// <summary>The GUID of a name, upper case with hyphens, e.g. <c>code:LC1</c> ⇒ <c>XXXXXXXX-XXXX-5XXX-XXXX-XXXXXXXXXXXX</c>.</summary>
    public static string For(string name) => For(Namespace, name);

    /// <summary>The version 5 GUID of a name in any namespace, given as its 16 bytes in network order.</summary>
    internal static string For(byte[] space, string name)
    {
        var hex = Convert.ToHexString(Hash(space, name));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static byte[] Hash(byte[] space, string name)
    {
        var hash = SHA1.HashData([.. space, .. Encoding.UTF8.GetBytes(name)]);
        var guid = hash[..16];
        guid[6] = (byte)((guid[6] & 0x0F) | 0x50); // version 5
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80); // RFC variant
        return guid;
    }
}
