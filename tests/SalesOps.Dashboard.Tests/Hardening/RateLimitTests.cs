using System.Net;
using SalesOps.Dashboard.Security;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hardening;

/// <summary>Sign-in attempts are limited per client address; the limit comes from configuration.</summary>
public sealed class RateLimitTests(RateLimitTests.App factory) : IClassFixture<RateLimitTests.App>
{
    private readonly App _factory = factory;

    /// <summary>The default limits, spelled out, with a window long enough that the test cannot straddle two windows.</summary>
    public sealed class App : HardeningAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Security:RateLimits:Login:PermitLimit", "10"),
            new("Security:RateLimits:Login:Window", "00:10:00"),
        ];
    }

    [Fact]
    public async Task The_eleventh_sign_in_attempt_within_the_window_gets_429_with_a_plain_message()
    {
        using var client = DemoSignIn.CreateClient(_factory);
        for (var i = 1; i <= 10; i++)
        {
            using var attempt = await DemoSignIn.PostLoginAsync(client, "nobody@example.test", "wrong-password-123");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var limited = await DemoSignIn.PostLoginAsync(client, "nobody@example.test", "wrong-password-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("text/plain", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SecurityHostingExtensions.RateLimitedMessage, await limited.Content.ReadAsStringAsync());
        Assert.True(limited.Headers.Contains("Content-Security-Policy"));

        // Reading the sign-in page is not limited, only posting it.
        using var page = await client.GetAsync(new Uri(DemoSignIn.LoginPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
