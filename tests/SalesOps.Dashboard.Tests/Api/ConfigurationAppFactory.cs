using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Tests.Api;

/// <summary>The app with the demo company, room for many API requests from one address, and its services at hand as an ops manager.</summary>
public sealed class ConfigurationAppFactory : SalesOpsAppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
    [
        // More than a person would send in a minute: the tests of a class share one address.
        new("Security:RateLimits:Api:PermitLimit", "1000"),
        new("Security:RateLimits:Login:PermitLimit", "1000"),
    ];

    /// <summary>Calls one of the app's services as the demo ops manager would through a page.</summary>
    public async Task<T> AsOpsManagerAsync<TService, T>(Func<TService, Task<T>> call)
        where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(call);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, DemoSignIn.DemoEmail(AppRoles.OpsManager)), new Claim(ClaimTypes.Role, AppRoles.OpsManager)], "Test")));
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
