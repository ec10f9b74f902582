using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SalesOps.Services.ApiKeys;

/// <summary>Making, hashing and recognising API keys.</summary>
public static class ApiKeyTokens
{
    /// <summary>
    /// Every key starts with this, so a key pasted into a ticket or a repository is recognisable (and secret scanners can
    /// be taught to look for it).
    /// </summary>
    public const string KeyPrefix = "sok_";

    /// <summary>The marker and 32 random bytes as base64url without padding.</summary>
    public const int KeyLength = 47;

    /// <summary>The marker and eight random characters: enough to tell keys apart, far too little to guess the rest.</summary>
    public const int PrefixLength = 12;

    private static readonly SearchValues<char> Base64UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string NewKey() => KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the key, lower-case hex: what the database stores and looks keys up by.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key ?? throw new ArgumentNullException(nameof(key)))));

    public static string PrefixOf(string key) => key[..PrefixLength];

    /// <summary>True when the text could be a key at all; anything else is refused without touching the database.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: KeyLength }
        && key.StartsWith(KeyPrefix, StringComparison.Ordinal)
        && !key.AsSpan(KeyPrefix.Length).ContainsAnyExcept(Base64UrlCharacters);
}
