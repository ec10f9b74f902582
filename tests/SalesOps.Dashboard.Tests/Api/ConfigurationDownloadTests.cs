using System.Net;
using System.Text.Json;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>
/// GET /api/configuration/crm_configuration.yaml over HTTP against the app on a real SQLite file: only ops managers get
/// it; it is the export of the version asked for, with the version comment on top, and importing it changes nothing;
/// a version parameter it cannot read is refused naming it, and a version that does not exist is a 404. Settings ›
/// Configuration itself is as closed as the file.
/// </summary>
public sealed class ConfigurationDownloadTests(ConfigurationAppFactory app) : IClassFixture<ConfigurationAppFactory>
{
    private const string Path = ConfigurationEndpoints.FilePath;
    private const string PagePath = "/settings/configuration";

    [Fact]
    public async Task Signed_out_request_gets_401_and_no_file()
    {
        using var client = app.CreateAnonymousClient();

        using var response = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("health_model", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_ops_managers_get_the_file_other_roles_get_403()
    {
        foreach (var role in AppRoles.All)
        {
            var client = await app.SignedInClientAsync(role);

            using var response = await client.GetAsync(Uri(Path));

            var expected = role == AppRoles.OpsManager ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role}: expected {(int)expected}, got {(int)response.StatusCode}.");
            Assert.Equal(Policies.Allows(Policies.ManageConfiguration, [role]), response.IsSuccessStatusCode);
            if (!response.IsSuccessStatusCode)
            {
                Assert.Null(response.Headers.Location);
                Assert.DoesNotContain("health_model", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_file_is_a_YAML_attachment_that_starts_with_the_version_in_force_and_its_export_time()
    {
        var current = await app.AsOpsManagerAsync<ICrmConfigurationService, CurrentCrmConfiguration>(s => s.GetCurrentAsync());
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);

        using var response = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/yaml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("crm_configuration.yaml", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var yaml = await response.Content.ReadAsStringAsync();
        var header = yaml.Split('\n').TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.StartsWith("# SalesOps Dashboard CRM configuration", yaml, StringComparison.Ordinal);
        Assert.Contains(header, l => l.StartsWith($"# Configuration version {current.Version}", StringComparison.Ordinal));
        Assert.Contains(header, l => l.StartsWith("# Exported ", StringComparison.Ordinal) && l.Contains(" UTC", StringComparison.Ordinal));
        Assert.Contains("health_model:", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloaded_file_imported_again_changes_nothing_and_stores_nothing()
    {
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);
        using var response = await client.GetAsync(Uri(Path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var yaml = await response.Content.ReadAsStringAsync();
        var before = await app.AsOpsManagerAsync<ICrmConfigurationService, IReadOnlyList<ConfigurationVersionInfo>>(s => s.ListVersionsAsync());

        var preview = await app.AsOpsManagerAsync<IConfigurationFileService, ConfigurationFilePreview>(s => s.PreviewImportAsync(yaml));
        var import = await app.AsOpsManagerAsync<IConfigurationFileService, ConfigurationFileResult>(s => s.ImportAsync(yaml, preview.BaseVersion, "round trip"));

        Assert.True(preview.ChangesNothing, string.Join("; ", preview.Errors.Select(e => e.ToString()).Concat(preview.Changes.Select(c => c.ToString()))));
        Assert.Empty(preview.DefaultedSections);
        Assert.Equal(ConfigurationFileOutcome.NoChange, import.Outcome);
        var after = await app.AsOpsManagerAsync<ICrmConfigurationService, IReadOnlyList<ConfigurationVersionInfo>>(s => s.ListVersionsAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_stored_version_is_downloaded_as_it_was_after_a_newer_one_is_saved()
    {
        var old = await app.AsOpsManagerAsync<IConfigurationFileService, ConfigurationExport>(s => s.ExportAsync());
        var oldLimit = PlanLimit(old.Yaml);
        var newLimit = oldLimit == 90 ? 91 : 90;
        var saved = await app.AsOpsManagerAsync<IConfigurationFileService, ConfigurationFileResult>(s => s.ImportAsync(
            old.Yaml.Replace($"plan_limit_percent: {oldLimit}\n", $"plan_limit_percent: {newLimit}\n", StringComparison.Ordinal), old.Version, "download test"));
        Assert.True(saved.Outcome == ConfigurationFileOutcome.Applied, saved.Message);
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);

        using var then = await client.GetAsync(Uri($"{Path}?version={old.Version}"));
        using var now = await client.GetAsync(Uri(Path));

        Assert.Equal(HttpStatusCode.OK, then.StatusCode);
        var thenYaml = await then.Content.ReadAsStringAsync();
        Assert.Contains($"# Configuration version {old.Version}", thenYaml, StringComparison.Ordinal);
        Assert.Equal(oldLimit, PlanLimit(thenYaml));
        var nowYaml = await now.Content.ReadAsStringAsync();
        Assert.Contains($"# Configuration version {saved.Version}", nowYaml, StringComparison.Ordinal);
        Assert.Equal(newLimit, PlanLimit(nowYaml));
    }

    [Fact]
    public async Task Version_0_is_the_built_in_defaults()
    {
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);

        using var response = await client.GetAsync(Uri($"{Path}?version=0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var yaml = await response.Content.ReadAsStringAsync();
        Assert.Contains("# Configuration version 0 (built-in defaults)", yaml, StringComparison.Ordinal);
        Assert.Equal(85, PlanLimit(yaml));
    }

    [Theory]
    [InlineData("version=abc")]
    [InlineData("version=-1")]
    [InlineData("version=1.5")]
    [InlineData("version=")]
    [InlineData("version=%201")]
    [InlineData("version=99999999999")]
    [InlineData("version=1&version=2")]
    public async Task Bad_version_parameter_gets_400_with_a_message_naming_it(string query)
    {
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);

        using var response = await client.GetAsync(Uri($"{Path}?{query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Invalid version", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("version ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_that_does_not_exist_gets_404_naming_the_latest()
    {
        var latest = (await app.AsOpsManagerAsync<ICrmConfigurationService, CurrentCrmConfiguration>(s => s.GetCurrentAsync())).Version;
        var client = await app.SignedInClientAsync(AppRoles.OpsManager);

        using var response = await client.GetAsync(Uri($"{Path}?version={latest + 1000}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains($"no configuration version {latest + 1000}", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("health_model", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Configuration_page_opens_for_ops_managers_and_sends_other_roles_to_access_denied()
    {
        foreach (var role in AppRoles.All)
        {
            var client = await app.SignedInClientAsync(role);

            using var response = await client.GetAsync(Uri(PagePath));

            if (role == AppRoles.OpsManager)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("Download crm_configuration.yaml", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role}: {(int)response.StatusCode}");
                Assert.Equal("/account/access-denied", DemoSignIn.RedirectPath(response));
            }
        }

        using var anonymous = app.CreateAnonymousClient();
        using var signedOut = await anonymous.GetAsync(Uri(PagePath));
        Assert.Equal(DemoSignIn.LoginPath, DemoSignIn.RedirectPath(signedOut));
    }

    private static int PlanLimit(string yaml)
    {
        var line = yaml.Split('\n').Single(l => l.TrimStart().StartsWith("plan_limit_percent:", StringComparison.Ordinal));
        return int.Parse(line.Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}
