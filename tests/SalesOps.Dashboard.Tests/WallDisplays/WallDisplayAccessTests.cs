using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Configuration;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Wall;
using SalesOps.Dashboard.Tests.Hardening;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services.Analytics;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Tests.WallDisplays;

/// <summary>
/// A wall-display link shows the portfolio numbers without a session, and reaches nothing else: no cookie, no other
/// page, and a Blazor circuit only with its own active token. Revoked, expired and unknown links get a plain
/// "Display not authorised" page.
/// </summary>
public sealed class WallDisplayAccessTests(HardeningAppFactory factory) : IClassFixture<HardeningAppFactory>
{
    private readonly HardeningAppFactory _factory = factory;

    [Fact]
    public async Task A_valid_link_shows_the_analytics_numbers_without_setting_any_cookie()
    {
        // A rotation of the overview alone, so the panel the page is rendered with does not depend on the time of day.
        var token = await CreateTokenAsync("Support floor TV", rotation: await OverviewOnlyRotationAsync());
        using var client = DemoSignIn.CreateClient(_factory);

        using var response = await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "The wall response set a cookie.");
        Assert.Contains("Support floor TV", html, StringComparison.Ordinal);
        // A live wall: an interactive island that updates in place, and no page refresh.
        Assert.DoesNotContain("js/wall-retry", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:{\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.Contains("js/wall-start", html, StringComparison.Ordinal);
        var summary = await SummaryAsync();
        Assert.Equal(WallFormat.Count(summary.Accounts), Tile(html, "kpi-accounts"));
        Assert.Equal(WallFormat.ShortMoney(summary.TotalArr), Tile(html, "kpi-arr"));
        Assert.Equal(WallFormat.Count(summary.RenewalsNext90Days), Tile(html, "kpi-renewals"));
        Assert.Equal(WallFormat.Count(summary.OpenTickets), Tile(html, "kpi-open-tickets"));
        Assert.Equal(WallFormat.Count(summary.OpenEscalations), Tile(html, "kpi-escalations"));
        Assert.Equal(WallFormat.Count(summary.OpenExpansionSignals), Tile(html, "kpi-signals"));
        Assert.Contains($"{WallFormat.ShortMoney(summary.RenewalArrNext90Days)} ARR", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/accounts")]
    [InlineData("/")]
    [InlineData("/accounts/1")]
    [InlineData("/admin/wall-displays")]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task The_client_that_opened_a_wall_is_sent_to_sign_in_for_every_other_page(string path)
    {
        var token = await CreateTokenAsync("Scope TV " + path);
        using var client = DemoSignIn.CreateClient(_factory);
        using (var wall = await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        }

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(DemoSignIn.LoginPath, DemoSignIn.RedirectPath(response));
    }

    [Fact]
    public async Task The_client_that_opened_a_wall_cannot_open_a_Blazor_circuit_without_the_token()
    {
        var token = await CreateTokenAsync("Hub TV");
        using var client = DemoSignIn.CreateClient(_factory);
        using (await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative)))
        {
        }

        foreach (var query in new[] { "", "wall=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&", "wall=short&" })
        {
            using var negotiate = await client.PostAsync(new Uri($"/_blazor/negotiate?{query}negotiateVersion=1", UriKind.Relative), null);

            // Refused by the sign-in requirement (a challenge towards the sign-in page); no connection is handed out.
            Assert.False(negotiate.IsSuccessStatusCode, $"Negotiation with '{query}' answered {(int)negotiate.StatusCode}");
            var body = await negotiate.Content.ReadAsStringAsync();
            Assert.DoesNotContain("connectionToken", body, StringComparison.Ordinal);
            Assert.DoesNotContain("connectionId", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wall_opens_its_circuit_with_its_token_until_the_token_is_revoked()
    {
        var token = await CreateTokenAsync("Live hub TV");
        using var client = DemoSignIn.CreateClient(_factory);
        var negotiateUri = new Uri($"/_blazor/negotiate?wall={token}&negotiateVersion=1", UriKind.Relative);

        using (var negotiate = await client.PostAsync(negotiateUri, null))
        {
            Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
            Assert.Contains("connectionToken", await negotiate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(negotiate.Headers.Contains("Set-Cookie"), "The hub set a cookie for a wall.");
        }

        await RevokeAsync(token);

        using var refused = await client.PostAsync(negotiateUri, null);
        Assert.False(refused.IsSuccessStatusCode, $"Negotiation with a revoked token answered {(int)refused.StatusCode}");
        Assert.DoesNotContain("connectionToken", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_link_gets_the_plain_not_authorised_page()
    {
        var token = await CreateTokenAsync("Revoked TV");
        using var client = DemoSignIn.CreateClient(_factory);
        using (var before = await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await RevokeAsync(token);

        await AssertNotAuthorisedAsync(client, token);
    }

    [Fact]
    public async Task An_expired_link_gets_the_plain_not_authorised_page()
    {
        var token = await CreateTokenAsync("Expired TV", DateTimeOffset.UtcNow.AddDays(1));
        await using (var db = await ContextAsync())
        {
            var hash = Sha256Hex(token);
            await db.WallDisplayTokens.Where(t => t.TokenHash == hash)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var client = DemoSignIn.CreateClient(_factory);
        await AssertNotAuthorisedAsync(client, token);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("%3Cscript%3E")]
    public async Task An_unknown_link_gets_the_plain_not_authorised_page(string token)
    {
        using var client = DemoSignIn.CreateClient(_factory);
        await AssertNotAuthorisedAsync(client, token);
    }

    [Fact]
    public async Task Only_the_hash_and_a_short_prefix_of_a_token_are_stored()
    {
        var token = await CreateTokenAsync("Hash TV");

        await using var db = await ContextAsync();
        var row = await db.WallDisplayTokens.AsNoTracking().SingleAsync(t => t.Name == "Hash TV");
        Assert.Equal(Sha256Hex(token), row.TokenHash);
        Assert.Equal(token[..8], row.Prefix);
        var anyColumn = string.Join("|", row.Name, row.TokenHash, row.Prefix, row.CreatedBy, row.RevokedBy);
        Assert.DoesNotContain(token, anyColumn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_wall_records_when_the_link_was_last_used()
    {
        var token = await CreateTokenAsync("Last used TV");
        using var client = DemoSignIn.CreateClient(_factory);

        using (await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative)))
        {
        }

        await using var db = await ContextAsync();
        var hash = Sha256Hex(token);
        Assert.NotNull(await db.WallDisplayTokens.Where(t => t.TokenHash == hash).Select(t => t.LastUsedAt).SingleAsync());
    }

    [Fact]
    public async Task Ops_managers_open_the_admin_page_and_other_roles_are_turned_away()
    {
        using var ops = await DemoSignIn.CreateSignedInClientAsync(_factory, AppRoles.OpsManager);
        using (var page = await ops.GetAsync(new Uri("/admin/wall-displays", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Wall displays", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var sales = await DemoSignIn.CreateSignedInClientAsync(_factory, AppRoles.Sales);
        using var denied = await sales.GetAsync(new Uri("/admin/wall-displays", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.NotEqual(DemoSignIn.LoginPath, DemoSignIn.RedirectPath(denied));
    }

    private static async Task AssertNotAuthorisedAsync(HttpClient client, string token)
    {
        using var response = await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Display not authorised", html, StringComparison.Ordinal);
        // It asks again every minute by itself (wwwroot/js/wall-retry.js), so a reinstated link brings the TV back.
        Assert.Contains("js/wall-retry", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at SalesOps.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("kpi-", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private async Task<string> CreateTokenAsync(string name, DateTimeOffset? expiresAt = null, string? rotation = null)
    {
        using var scope = _factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<WallDisplayService>();
        var created = await service.CreateAsync(name, expiresAt);
        Assert.True(created.Succeeded, created.Error);
        if (rotation is not null)
        {
            var set = await service.SetRotationAsync(created.Info!.Id, rotation);
            Assert.True(set.Succeeded, set.Error);
        }

        return created.Token!;
    }

    /// <summary>Adds (once) a rotation showing only the overview panel, saved as an ops manager would.</summary>
    private async Task<string> OverviewOnlyRotationAsync()
    {
        const string name = "Overview only";
        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "ops@example.test"), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "test")));
        var configuration = scope.ServiceProvider.GetRequiredService<ICrmConfigurationService>();
        var current = (await configuration.GetCurrentAsync()).Configuration;
        if (current.WallDisplays.Find(name) is null)
        {
            var walls = current.WallDisplays with { Rotations = [.. current.WallDisplays.Rotations, new WallRotation { Name = name, Panels = [WallPanel.OverviewKpis] }] };
            var saved = await configuration.SaveAsync(current with { WallDisplays = walls }, "Wall test");
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Message)));
        }

        return name;
    }

    private async Task RevokeAsync(string token)
    {
        await using var db = await ContextAsync();
        var hash = Sha256Hex(token);
        await db.WallDisplayTokens.Where(t => t.TokenHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow).SetProperty(t => t.RevokedBy, "test"));
    }

    private async Task<PortfolioSummary> SummaryAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AnalyticsService>().GetPortfolioSummaryAsync();
    }

    private Task<SalesOpsDbContext> ContextAsync() =>
        _factory.Services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();

    private static string Sha256Hex(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The value shown in the tile with the given test id.</summary>
    private static string Tile(string html, string testId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            html, $"data-testid=\"{testId}\"[^>]*>.*?<p class=\"wall-value\">([^<]*)</p>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, $"No tile {testId} on the wall.");
        return match.Groups[1].Value;
    }
}
