using System.Net;
using System.Text.Json;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hosting;

public sealed class AppEndpointsTests(SalesOpsAppFactory factory) : IClassFixture<SalesOpsAppFactory>
{
    // Anonymous and not following redirects: health and static files must answer without a sign-in.
    private readonly HttpClient _client = factory.CreateAnonymousClient();

    [Fact]
    public async Task Healthz_reports_healthy_with_the_database_check()
    {
        using var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accounts_page_is_served_as_html_to_a_signed_in_user()
    {
        var client = await factory.SignedInClientAsync(AppRoles.Viewer);

        using var response = await client.GetAsync(new Uri("/accounts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Accounts · SalesOps</title>", html, StringComparison.Ordinal);
        Assert.Contains(">Accounts</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_page_sends_an_anonymous_visitor_to_the_sign_in_page_with_the_return_address()
    {
        using var response = await _client.GetAsync(new Uri("/accounts?segment=Enterprise", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DemoSignIn.LoginPath, DemoSignIn.RedirectPath(response));
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString("/accounts?segment=Enterprise"), response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_is_served_to_an_anonymous_visitor()
    {
        using var response = await _client.GetAsync(new Uri(DemoSignIn.LoginPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Sign in · SalesOps</title>", html, StringComparison.Ordinal);
        Assert.NotNull(DemoSignIn.AntiforgeryToken(html));
    }

    public static TheoryData<string> TopLevelWebRootFiles() => [.. StaticAssetFiles.All().Select(f => f.Url)];

    [Theory]
    [MemberData(nameof(TopLevelWebRootFiles))]
    public async Task Top_level_wwwroot_file_is_served_with_its_bytes_on_disk(string url)
    {
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.TopLevelWebRoot, url));

        using var response = await _client.GetAsync(new Uri("/" + url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(onDisk);
        Assert.True(onDisk.AsSpan().SequenceEqual(served), $"/{url}: served {served.Length} bytes, the file has {onDisk.Length}.");
    }

    [Fact]
    public async Task MudBlazor_stylesheet_is_served()
    {
        using var response = await _client.GetAsync(new Uri("/_content/MudBlazor/MudBlazor.min.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var css = await response.Content.ReadAsStringAsync();
        Assert.Contains(".mud-", css, StringComparison.Ordinal);
    }
}
