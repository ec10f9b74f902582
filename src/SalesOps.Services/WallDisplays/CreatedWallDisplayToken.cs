namespace SalesOps.Services.WallDisplays;

/// <summary>
/// The outcome of creating a token: on success the token itself, which exists only here (the database keeps its
/// hash), so the page shows it once; otherwise a message that says what to fix.
/// </summary>
public sealed record CreatedWallDisplayToken(bool Succeeded, WallDisplayTokenInfo? Info, string? Token, string? Error = null, string? Field = null)
{
    public static CreatedWallDisplayToken Fail(string error, string field) => new(false, null, null, error, field);
}
