namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// <see cref="SalesOpsAppFactory"/> with the sign-in rate limit raised, for test classes that post the sign-in form
/// more often than a person would (lockout, bad input). Every request of a test server comes from one address.
/// </summary>
public sealed class ManySignInsAppFactory : SalesOpsAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        new("Security:RateLimits:Login:PermitLimit", "1000"),
    ];
}
