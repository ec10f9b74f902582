using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SalesOps.Core.Security;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Tests.WallDisplays;

namespace SalesOps.Services.Tests.ApiKeys;

/// <summary>Creating, listing, revoking and validating API keys on a real database.</summary>
public sealed class ApiKeyServiceTests(SeededSqliteFixture fixture) : IClassFixture<SeededSqliteFixture>
{
    private const string OpsName = "ops@example.test";
    private readonly TestDatabase _database = fixture.Database;
    private readonly FakeTimeProvider _clock = TestClock.Create();

    private ApiKeyService Service(ICurrentUser? user = null) => new(_database.Factory, _clock, user ?? TestUsers.WithRole(AppRoles.OpsManager, OpsName));

    private ApiKeyGate Gate => new(_database.Factory, _clock);

    [Fact]
    public async Task Create_returns_a_random_key_once_and_stores_only_its_hash_and_prefix()
    {
        var created = await Service().CreateAsync("  Zendesk macro  ");

        Assert.True(created.Succeeded, created.Error);
        var key = created.Key!;
        Assert.Matches("^sok_[A-Za-z0-9_-]{43}$", key);
        Assert.NotEqual(key, (await Service().CreateAsync("Second desk")).Key);

        await using var db = _database.CreateContext();
        var row = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.Info!.Id);
        Assert.Equal("Zendesk macro", row.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), row.KeyHash);
        Assert.Equal(key[..12], row.Prefix);
        Assert.Equal(OpsName, row.CreatedBy);
        Assert.Equal(TestClock.Now, row.CreatedAt);
        Assert.Null(row.LastUsedAt);
        Assert.DoesNotContain(key, string.Join("|", row.KeyHash, row.Prefix, row.Name, row.CreatedBy), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_cannot_be_read_back_from_the_list_or_the_audit_log()
    {
        var created = await Service().CreateAsync("Freshdesk webhook");
        var key = created.Key!;

        var listed = Assert.Single(await Service().ListAsync(), k => k.Id == created.Info!.Id);

        Assert.Equal("Freshdesk webhook", listed.Name);
        Assert.Equal(key[..12], listed.Prefix);
        Assert.True(listed.IsActive);
        Assert.DoesNotContain(key, listed.ToString(), StringComparison.Ordinal);
        await using var db = _database.CreateContext();
        var id = created.Info!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == "ApiKey" && a.EntityId == id);
        Assert.Contains("Freshdesk webhook", audit.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(key, audit.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyTokens.Hash(key), audit.Changes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_without_a_name_says_what_to_fix_and_stores_nothing(string name)
    {
        await using var before = _database.CreateContext();
        var count = await before.ApiKeys.CountAsync();

        var result = await Service().CreateAsync(name);

        Assert.False(result.Succeeded);
        Assert.Null(result.Key);
        Assert.Equal("name", result.Field);
        Assert.Contains("name", result.Error, StringComparison.OrdinalIgnoreCase);
        await using var after = _database.CreateContext();
        Assert.Equal(count, await after.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Create_with_a_name_longer_than_the_limit_is_refused()
    {
        var result = await Service().CreateAsync(new string('x', ApiKeyService.MaxNameLength + 1));

        Assert.False(result.Succeeded);
        Assert.Contains($"{ApiKeyService.MaxNameLength} characters", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_key_is_accepted_and_marks_the_key_used_at_most_once_a_minute()
    {
        var created = await Service().CreateAsync("Help desk A");

        var info = await Gate.ValidateAsync(created.Key);
        Assert.NotNull(info);
        Assert.Equal(("Help desk A", created.Info!.Id), (info.Name, info.Id));
        Assert.Equal(TestClock.Now, await LastUsedAsync(created.Info.Id));

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(await Gate.ValidateAsync(created.Key));
        Assert.Equal(TestClock.Now, await LastUsedAsync(created.Info.Id));

        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await Gate.ValidateAsync(created.Key));
        Assert.Equal(TestClock.Now.AddSeconds(61), await LastUsedAsync(created.Info.Id));
    }

    [Fact]
    public async Task A_revoked_key_is_refused_by_the_gate_and_records_who_revoked_it()
    {
        var created = await Service().CreateAsync("Help desk B");
        Assert.NotNull(await Gate.ValidateAsync(created.Key));

        var revoked = await Service().RevokeAsync(created.Info!.Id);

        Assert.True(revoked.Succeeded, revoked.Error);
        Assert.Null(await Gate.ValidateAsync(created.Key));
        var listed = Assert.Single(await Service().ListAsync(), k => k.Id == created.Info.Id);
        Assert.False(listed.IsActive);
        Assert.Equal(TestClock.Now, listed.RevokedAt);
        Assert.Equal(OpsName, listed.RevokedBy);
    }

    [Fact]
    public async Task Revoking_twice_keeps_the_first_revocation()
    {
        var created = await Service().CreateAsync("Help desk C");
        await Service().RevokeAsync(created.Info!.Id);
        _clock.Advance(TimeSpan.FromHours(1));

        var again = await Service(TestUsers.WithRole(AppRoles.OpsManager, "other-ops@example.test")).RevokeAsync(created.Info.Id);

        Assert.True(again.Succeeded);
        var listed = Assert.Single(await Service().ListAsync(), k => k.Id == created.Info.Id);
        Assert.Equal((TestClock.Now, OpsName), (listed.RevokedAt!.Value, listed.RevokedBy));
    }

    [Fact]
    public async Task Revoking_a_key_that_does_not_exist_says_so()
    {
        var result = await Service().RevokeAsync(int.MaxValue);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("sok_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sok_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%")]
    [InlineData("xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_or_malformed_keys_are_refused(string? key)
    {
        Assert.Null(await Gate.ValidateAsync(key));
    }

    [Fact]
    public async Task A_key_differing_in_one_character_is_refused()
    {
        var key = (await Service().CreateAsync("Help desk D")).Key!;
        var last = key[^1] == 'A' ? 'B' : 'A';

        Assert.Null(await Gate.ValidateAsync(key[..^1] + last));
    }

    [Theory]
    [InlineData(AppRoles.Sales)]
    [InlineData(AppRoles.Success)]
    [InlineData(AppRoles.Support)]
    [InlineData(AppRoles.Viewer)]
    public async Task Only_ops_managers_may_manage_keys(string role)
    {
        var user = TestUsers.WithRole(role);
        var proxied = ServiceAccess.Wrap<IApiKeyService>(Service(user), user);

        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.CreateAsync("Sneaky desk"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.ListAsync());
        await Assert.ThrowsAsync<AccessDeniedException>(() => proxied.RevokeAsync(1));
    }

    [Fact]
    public async Task Ops_managers_manage_keys_through_the_proxy()
    {
        var user = TestUsers.WithRole(AppRoles.OpsManager, OpsName);
        var proxied = ServiceAccess.Wrap<IApiKeyService>(Service(user), user);

        var created = await proxied.CreateAsync("Proxy desk");

        Assert.True(created.Succeeded, created.Error);
        Assert.Contains(await proxied.ListAsync(), k => k.Id == created.Info!.Id);
        Assert.True((await proxied.RevokeAsync(created.Info!.Id)).Succeeded);
    }

    private async Task<DateTimeOffset?> LastUsedAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.ApiKeys.AsNoTracking().Where(k => k.Id == id).Select(k => k.LastUsedAt).SingleAsync();
    }
}
