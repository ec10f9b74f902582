namespace SalesOps.Dashboard.Security;

/// <summary>The "Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Force HTTPS redirection and HSTS even when no https address is configured (e.g. behind a TLS proxy).</summary>
    public bool RequireHttps { get; set; }

    public RateLimitOptions RateLimits { get; set; } = new();
}
