using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Tests.Hardening;

/// <summary>Passwords and wall tokens (which travel in the URL path) never reach the logs.</summary>
public sealed class SecretsInLogsTests(HardeningAppFactory factory) : IClassFixture<HardeningAppFactory>
{
    private readonly HardeningAppFactory _factory = factory;

    [Fact]
    public async Task Signing_in_and_opening_walls_logs_neither_the_password_nor_the_token()
    {
        using var signedIn = await DemoSignIn.CreateSignedInClientAsync(_factory, AppRoles.OpsManager);
        string token;
        using (var scope = _factory.Services.CreateScope())
        {
            token = (await scope.ServiceProvider.GetRequiredService<WallDisplayService>().CreateAsync("Log check TV", null)).Token!;
        }

        using var client = DemoSignIn.CreateClient(_factory);
        using var wall = await client.GetAsync(new Uri($"/wall/{token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
        using var wrong = await client.GetAsync(new Uri($"/wall/{token[..^1]}x", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);

        var logs = _factory.LogMessages.ToArray();
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, m => m.Contains(token[..20], StringComparison.Ordinal));
        Assert.DoesNotContain(logs, m => m.Contains(DemoSignIn.DemoPassword, StringComparison.Ordinal));
    }
}
