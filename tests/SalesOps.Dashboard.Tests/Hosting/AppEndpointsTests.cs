using System.Net;
using System.Text.Json;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hosting;

public sealed class AppEndpointsTests(SalesOpsAppFactory factory) : IClassFixture<SalesOpsAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

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
    public async Task Accounts_page_is_served_as_html()
    {
        using var response = await _client.GetAsync(new Uri("/accounts", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Accounts · SalesOps</title>", html, StringComparison.Ordinal);
        Assert.Contains(">Accounts</h1>", html, StringComparison.Ordinal);
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
