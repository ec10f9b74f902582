namespace SalesOps.Services.Users;

/// <summary>What the Users page asks for: a search over e-mail and name, and a page (0-based).</summary>
public sealed record UserQuery
{
    public string? Search { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 25;
}
