namespace SalesOps.Data;

/// <summary>Bound from the <c>Admin</c> section: the ops-manager account created on first start.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public string Email { get; set; } = "admin@salesops.local";

    /// <summary>Initial password; when empty a strong one is generated and printed once to the console.</summary>
    public string? Password { get; set; }
}
