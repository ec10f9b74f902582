using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Pages.Admin;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;
using SalesOps.Services;
using SalesOps.Services.ApiKeys;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>
/// The API keys page: a new key is shown once with a copy button, the list shows only prefixes, revoking asks first.
/// Who may open the page at all is the access matrix's job (its [Authorize] policy).
/// </summary>
public sealed class ApiKeysPageTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private const string OpsEmail = "ops@demo.salesops.example";
    private readonly SeededDatabase _db;

    public ApiKeysPageTests(SeededDatabase db)
    {
        _db = db;
        Services.AddDbContextFactory<SalesOpsDbContext>(db.Configure);
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SeededDatabase.Now));
        Services.AddScoped<ICurrentUser, BunitCurrentUser>();
        Services.AddAuthorizedScoped<IApiKeyService, ApiKeyService>();
        this.AddAuthorization().SetAuthorized(OpsEmail).SetRoles(AppRoles.OpsManager).SetPolicies(Policies.ManageApiKeys);
    }

    [Fact]
    public async Task Creating_a_key_shows_it_once_and_the_list_shows_only_its_prefix()
    {
        var name = "Zendesk macro " + Guid.NewGuid().ToString("N")[..6];
        var cut = Render<ApiKeys>();

        cut.Find("#api-key-name").Change(name);
        cut.Find("[data-testid=create-key]").Click();

        cut.WaitForElement("[data-testid=key-created]");
        var key = cut.Find("#api-key-value").GetAttribute("value")!;
        Assert.Matches("^sok_[A-Za-z0-9_-]{43}$", key);
        Assert.Contains("shown only", cut.Find("[data-testid=key-created]").TextContent, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=key-created] button"), b => b.TextContent.Contains("Copy", StringComparison.Ordinal));
        var row = cut.FindAll("[data-testid=api-keys] tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        Assert.Contains(key[..ApiKeyTokens.PrefixLength] + "…", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"by {OpsEmail}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Active", row.TextContent, StringComparison.Ordinal);

        await using (var db = await _db.ContextFactory.CreateDbContextAsync())
        {
            Assert.Equal(ApiKeyTokens.Hash(key), await db.ApiKeys.Where(k => k.Name == name).Select(k => k.KeyHash).SingleAsync());
        }

        // Opening the page again: the key is gone for good, only its prefix remains.
        var again = Render<ApiKeys>();
        again.WaitForAssertion(() => Assert.Contains(name, again.Find("[data-testid=api-keys]").TextContent, StringComparison.Ordinal));
        Assert.Empty(again.FindAll("[data-testid=key-created]"));
        Assert.DoesNotContain(key, again.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_without_a_name_is_not_created_and_the_field_says_why()
    {
        await using var before = await _db.ContextFactory.CreateDbContextAsync();
        var count = await before.ApiKeys.CountAsync();
        var cut = Render<ApiKeys>();

        cut.Find("#api-key-name").Change("   ");
        cut.Find("[data-testid=create-key]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter a name", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=key-created]"));
        await using var after = await _db.ContextFactory.CreateDbContextAsync();
        Assert.Equal(count, await after.ApiKeys.CountAsync());
    }

    [Fact]
    public async Task Revoking_asks_first_then_marks_the_key_revoked_and_hides_the_shown_key()
    {
        var name = "Old desk " + Guid.NewGuid().ToString("N")[..6];
        var provider = Render<MudDialogProvider>();
        var cut = Render<ApiKeys>();
        cut.Find("#api-key-name").Change(name);
        cut.Find("[data-testid=create-key]").Click();
        cut.WaitForElement("[data-testid=key-created]");

        cut.Find($"button[aria-label='Revoke {name}']").Click();
        provider.WaitForAssertion(() => Assert.Contains("stops working at once", provider.Markup, StringComparison.Ordinal));
        provider.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        cut.WaitForAssertion(() => Assert.Contains("Revoked", cut.FindAll("[data-testid=api-keys] tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=key-created]"));
        Assert.Empty(cut.FindAll($"button[aria-label='Revoke {name}']"));
        await using var db = await _db.ContextFactory.CreateDbContextAsync();
        var row = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == name);
        Assert.Equal(OpsEmail, row.RevokedBy);
        Assert.Contains(Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == $"Revoked \"{name}\".");
    }

    [Fact]
    public void The_how_to_panel_shows_a_curl_call_of_this_server_and_links_the_OpenAPI_document()
    {
        var cut = Render<ApiKeys>();

        var curl = cut.Find("[data-testid=curl-example]").TextContent;
        Assert.Contains("curl -X POST http://localhost/api/expansion-signals", curl, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key: $SALESOPS_API_KEY", curl, StringComparison.Ordinal);
        Assert.Contains("Idempotency-Key:", curl, StringComparison.Ordinal);
        Assert.Contains("\"trigger\": \"need_for_more_capacity\"", curl, StringComparison.Ordinal);
        Assert.Equal("/openapi/v1.json", cut.Find("[data-testid=openapi-link]").GetAttribute("href"));
    }
}
