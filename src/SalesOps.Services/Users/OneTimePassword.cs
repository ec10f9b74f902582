using System.Security.Cryptography;

namespace SalesOps.Services.Users;

/// <summary>Strong random passwords that satisfy Identity's rules (upper, lower, digit, symbol, length).</summary>
public static class OneTimePassword
{
    public const int Length = 20;
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "-_!@#%+=?";

    // Look-alike characters (0/O, 1/l/I) are left out: the password is read off the screen and typed.
    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = RandomNumberGenerator.GetItems(Upper.AsSpan(), 1)[0];
        chars[1] = RandomNumberGenerator.GetItems(Lower.AsSpan(), 1)[0];
        chars[2] = RandomNumberGenerator.GetItems(Digits.AsSpan(), 1)[0];
        chars[3] = RandomNumberGenerator.GetItems(Symbols.AsSpan(), 1)[0];
        RandomNumberGenerator.GetItems(all.AsSpan(), Length - 4).CopyTo(chars.AsSpan(4));
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
