using System.Net;
using Microsoft.Extensions.Configuration;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Security;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hardening;

/// <summary>Every kind of response carries the security headers; HSTS only when served over TLS.</summary>
public sealed class SecurityHeadersTests(HardeningAppFactory factory) : IClassFixture<HardeningAppFactory>
{
    private readonly HardeningAppFactory _factory = factory;

    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/css/app.css", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/accounts", HttpStatusCode.Redirect)]
    [InlineData("/no-such-page", HttpStatusCode.Redirect)]
    [InlineData("/wall/not-a-token", HttpStatusCode.NotFound)]
    public async Task Anonymous_responses_of_every_kind_carry_the_security_headers(string path, HttpStatusCode expected)
    {
        using var client = DemoSignIn.CreateClient(_factory);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/wall/not-a-token", "no-referrer")]
    [InlineData("/account/login", "strict-origin-when-cross-origin")]
    public async Task A_wall_page_never_sends_its_token_bearing_address_on_as_a_referrer(string path, string policy)
    {
        using var client = DemoSignIn.CreateClient(_factory);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(policy, Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_failed_sign_in_post_and_signed_in_pages_and_404s_carry_the_security_headers()
    {
        using var anonymous = DemoSignIn.CreateClient(_factory);
        using var failed = await DemoSignIn.PostLoginAsync(anonymous, "nobody@example.test", "wrong-password-123");
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        AssertSecurityHeaders(failed);

        using var signedIn = await DemoSignIn.CreateSignedInClientAsync(_factory, AppRoles.OpsManager);
        using var page = await signedIn.GetAsync(new Uri("/accounts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertSecurityHeaders(page);

        using var missing = await signedIn.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertSecurityHeaders(missing);
    }

    [Fact]
    public async Task The_policy_allows_only_the_apps_own_scripts_and_no_framing()
    {
        using var client = DemoSignIn.CreateClient(_factory);
        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        // No inline script on the page: the policy would block it in the browser.
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task No_HSTS_when_served_over_plain_http()
    {
        using var client = DemoSignIn.CreateClient(_factory);

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("http://localhost:5080", null, false)]
    [InlineData("http://localhost:5080;https://localhost:5081", null, true)]
    [InlineData("https://+:443", null, true)]
    [InlineData("http://localhost:5080", "true", true)]
    [InlineData(null, null, false)]
    public void HTTPS_redirection_and_HSTS_are_on_only_when_served_over_TLS(string? urls, string? requireHttps, bool expected)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = urls, ["Security:RequireHttps"] = requireHttps };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        Assert.Equal(expected, SecurityHostingExtensions.ServedOverTls(configuration));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"No CSP on {response.RequestMessage?.RequestUri}");
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, Assert.Single(csp));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), new[] { "strict-origin-when-cross-origin", "no-referrer" });
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }
}
