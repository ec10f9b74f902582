using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SalesOps.Services.WallDisplays;

/// <summary>Making, hashing and recognising wall-display tokens.</summary>
public static class WallDisplayTokens
{
    /// <summary>32 random bytes as base64url without padding.</summary>
    public const int TokenLength = 43;

    public const int PrefixLength = 8;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token, lower-case hex: what the database stores and looks tokens up by.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? throw new ArgumentNullException(nameof(token)))));

    public static string PrefixOf(string token) => token[..PrefixLength];

    /// <summary>True when the text could be a token at all; anything else is refused without touching the database.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
