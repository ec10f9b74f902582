namespace SalesOps.Services.Health;

/// <summary>Configuration section <c>Health</c>: how often every account's health is recomputed.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Time between scheduled recomputes of all accounts (default one day).</summary>
    public TimeSpan RecomputeInterval { get; set; } = TimeSpan.FromDays(1);
}
