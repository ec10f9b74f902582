using System.Net;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hosting;

/// <summary>"Static assets are served with their real bytes in development and after dotnet publish": the publish half.</summary>
public sealed class PublishedAppStaticAssetsTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Published_app_serves_every_top_level_wwwroot_file_with_its_bytes_on_disk()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "publish");
        var project = Path.Combine(RepositoryRoot.Path, "src", "SalesOps.Dashboard");

        // Its own artifacts folder keeps this Release build out of the obj/bin folders other builds are using.
        var publish = await DotnetProcess.RunAsync(
            ["publish", project, "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(temp.Path, "artifacts"),
             "--disable-build-servers", "-nodeReuse:false"],
            RepositoryRoot.Path, PublishTimeout);
        Assert.True(publish.ExitCode == 0, publish.ToString());

        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        using var app = DotnetProcess.Start(
            [Path.Combine(output, "SalesOps.Dashboard.dll"), "--urls", baseAddress.ToString().TrimEnd('/')],
            output,
            new Dictionary<string, string?>
            {
                ["ConnectionStrings__SalesOps"] = $"Data Source={temp.File("published.db")}",
                ["Seed__Accounts"] = "5",
            },
            out var stdout,
            out var stderr);
        try
        {
            using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilHealthyAsync(client, app, () => $"--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");

            var mismatches = new List<string>();
            foreach (var (url, path) in StaticAssetFiles.All())
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var served = await response.Content.ReadAsByteArrayAsync();
                var onDisk = await File.ReadAllBytesAsync(path);
                if (response.StatusCode != HttpStatusCode.OK || !served.AsSpan().SequenceEqual(onDisk))
                {
                    mismatches.Add($"/{url}: {(int)response.StatusCode}, {served.Length} bytes served, {onDisk.Length} on disk");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, System.Diagnostics.Process app, Func<string> output)
    {
        using var cts = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            Assert.False(app.HasExited, $"The published app exited with code {(app.HasExited ? app.ExitCode : 0)}.\n{output()}");
            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative), cts.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (cts.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cts.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        Assert.Fail($"The published app did not answer /healthz with 200 within {StartTimeout}.\n{output()}");
    }
}
