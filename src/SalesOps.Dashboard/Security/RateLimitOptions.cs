namespace SalesOps.Dashboard.Security;

/// <summary>"Security:RateLimits": requests per client IP address and window.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in attempts (POST /account/login).</summary>
    public FixedWindow Login { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Every request under /api/.</summary>
    public FixedWindow Api { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    public sealed class FixedWindow
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; }
    }
}
