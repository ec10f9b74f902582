using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data;

namespace SalesOps.Dashboard.Tests.Security;

/// <summary>The data-protection key ring lives in the database, so a restart does not sign everyone out.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Auth_cookie_from_before_a_restart_still_signs_the_user_in_afterwards()
    {
        var databasePath = _directory.File("salesops.db");
        string cookie;
        await using (var before = new SharedDatabaseFactory(databasePath))
        {
            using var client = DemoSignIn.CreateClient(before);
            using var login = await DemoSignIn.PostLoginAsync(client, DemoSignIn.DemoEmail(AppRoles.Viewer), DemoSignIn.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            var auth = Assert.Single(DemoSignIn.SetCookies(login.Headers), c => c.Key == DemoSignIn.AuthCookie);
            cookie = DemoSignIn.CookieHeader([auth]);
        }

        await using var after = new SharedDatabaseFactory(databasePath);
        using var restarted = DemoSignIn.CreateClient(after, handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/accounts", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await restarted.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"GET /accounts after the restart answered {(int)response.StatusCode} {DemoSignIn.RedirectPath(response)}");
        await using var db = await after.Services.GetRequiredService<IDbContextFactory<SalesOpsDbContext>>().CreateDbContextAsync();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "No data-protection key was stored in the database.");
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>The usual test app, but over a database file that outlives it.</summary>
    private sealed class SharedDatabaseFactory(string databasePath) : SalesOpsAppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
            [new("ConnectionStrings:SalesOps", $"Data Source={databasePath}")];
    }
}
