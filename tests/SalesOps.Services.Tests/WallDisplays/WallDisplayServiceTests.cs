using SalesOps.Services.Configuration;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Services.Tests.WallDisplays;

/// <summary>Creating, listing, revoking and validating wall-display tokens.</summary>
public sealed class WallDisplayServiceTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private const string OpsName = "ops@example.test";
    private readonly TestDatabase _database = fixture.Database;
    private readonly FakeTimeProvider _clock = TestClock.Create();

    private WallDisplayService Service(ICurrentUser? user = null) =>
        new(_database.Factory, _clock, user ?? TestUsers.WithRole(AppRoles.OpsManager, OpsName), new CrmConfigurationProvider(_database.Factory));

    private WallDisplayGate Gate => new(_database.Factory, _clock, new AnalyticsService(_database.Factory, _clock, new CrmConfigurationProvider(_database.Factory)));

    [Fact]
    public async Task Create_returns_a_random_token_once_and_stores_only_its_hash_and_prefix()
    {
        var created = await Service().CreateAsync("  Support floor TV  ", null);

        Assert.True(created.Succeeded, created.Error);
        var token = created.Token!;
        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.NotEqual(token, (await Service().CreateAsync("Second TV", null)).Token);

        await using var db = _database.CreateContext();
        var row = await db.WallDisplayTokens.AsNoTracking().SingleAsync(t => t.Id == created.Info!.Id);
        Assert.Equal("Support floor TV", row.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), row.TokenHash);
        Assert.Equal(token[..8], row.Prefix);
        Assert.Equal(OpsName, row.CreatedBy);
        Assert.Equal(TestClock.Now, row.CreatedAt);
        Assert.DoesNotContain(token, row.TokenHash + row.Prefix + row.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_name_prefix_and_dates_but_never_the_token()
    {
        var created = await Service().CreateAsync("Sales pit", TestClock.Now.AddDays(30));

        var listed = Assert.Single(await Service().ListAsync(), t => t.Id == created.Info!.Id);

        Assert.Equal("Sales pit", listed.Name);
        Assert.Equal(created.Token![..8], listed.Prefix);
        Assert.Equal(TestClock.Now.AddDays(30), listed.ExpiresAt);
        Assert.DoesNotContain(created.Token, listed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "name")]
    [InlineData("   ", "name")]
    public async Task Create_without_a_name_says_what_to_fix(string name, string field)
    {
        var result = await Service().CreateAsync(name, null);

        Assert.False(result.Succeeded);
        Assert.Null(result.Token);
        Assert.Equal(field, result.Field);
        Assert.Contains("name", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Create_with_an_expiry_in_the_past_is_refused()
    {
        var result = await Service().CreateAsync("Old TV", TestClock.Now.AddMinutes(-1));

        Assert.False(result.Succeeded);
        Assert.Equal("expiresAt", result.Field);
    }

    [Fact]
    public async Task A_valid_token_is_accepted_and_marks_the_display_used_at_most_once_a_minute()
    {
        var created = await Service().CreateAsync("Lobby", null);

        var first = await Gate.ValidateAsync(created.Token);
        Assert.NotNull(first);
        Assert.Equal(TestClock.Now, await LastUsedAsync(created.Info!.Id));

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(await Gate.ValidateAsync(created.Token));
        Assert.Equal(TestClock.Now, await LastUsedAsync(created.Info.Id));

        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await Gate.ValidateAsync(created.Token));
        Assert.Equal(TestClock.Now.AddSeconds(61), await LastUsedAsync(created.Info.Id));
    }

    [Fact]
    public async Task A_revoked_token_is_refused_and_records_who_revoked_it()
    {
        var created = await Service().CreateAsync("Break room", null);
        Assert.NotNull(await Gate.ValidateAsync(created.Token));

        var revoked = await Service().RevokeAsync(created.Info!.Id);

        Assert.True(revoked.Succeeded, revoked.Error);
        Assert.Null(await Gate.ValidateAsync(created.Token));
        Assert.Null(await Gate.ReadAsync(created.Token));
        var listed = Assert.Single(await Service().ListAsync(), t => t.Id == created.Info.Id);
        Assert.Equal(TestClock.Now, listed.RevokedAt);
        Assert.Equal(OpsName, listed.RevokedBy);
    }

    [Fact]
    public async Task Revoking_a_token_that_does_not_exist_says_so()
    {
        var result = await Service().RevokeAsync(int.MaxValue);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task A_token_is_refused_once_it_expires()
    {
        var created = await Service().CreateAsync("Temporary", TestClock.Now.AddHours(1));
        Assert.NotNull(await Gate.ValidateAsync(created.Token));

        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(await Gate.ValidateAsync(created.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%")]
    public async Task Unknown_or_malformed_tokens_are_refused(string? token)
    {
        Assert.Null(await Gate.ValidateAsync(token));
        Assert.Null(await Gate.ReadAsync(token));
    }

    [Fact]
    public async Task The_gate_shows_a_valid_display_the_same_summary_as_the_analytics_service()
    {
        var created = await Service().CreateAsync("Exec floor", null);

        var reading = await Gate.ReadAsync(created.Token);

        Assert.NotNull(reading);
        Assert.Equal("Exec floor", reading.DisplayName);
        Assert.Equal(await new AnalyticsService(_database.Factory, _clock, new CrmConfigurationProvider(_database.Factory)).GetPortfolioSummaryAsync(), reading.Panels.Overview!.Portfolio);
    }

    [Theory]
    [InlineData(AppRoles.Sales)]
    [InlineData(AppRoles.Success)]
    [InlineData(AppRoles.Support)]
    [InlineData(AppRoles.Viewer)]
    public async Task Only_ops_managers_may_manage_tokens(string role)
    {
        var user = TestUsers.WithRole(role);
        var proxied = ServiceAccess.Wrap<IWallDisplayService>(Service(user), user);

        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.CreateAsync("Sneaky TV", null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.RevokeAsync(1));
    }

    [Fact]
    public async Task Ops_managers_manage_tokens_through_the_proxy()
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, OpsName);
        var proxied = ServiceAccess.Wrap<IWallDisplayService>(Service(user), user);

        var created = await proxied.CreateAsync("Proxy TV", null);

        Assert.True(created.Succeeded, created.Error);
        Assert.Contains(await proxied.ListAsync(), t => t.Id == created.Info!.Id);
    }

    private async Task<DateTimeOffset?> LastUsedAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.WallDisplayTokens.AsNoTracking().Where(t => t.Id == id).Select(t => t.LastUsedAt).SingleAsync();
    }
}
