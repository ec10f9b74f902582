using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Core.Security;
using SalesOps.Data;
using SalesOps.Data.Identity;
using SalesOps.Services.Security;
using SalesOps.Services.Tests.Infrastructure;
using SalesOps.Services.Users;

namespace SalesOps.Services.Tests.Users;

/// <summary>
/// A migrated SQLite file with the roles, and Identity wired as the app wires it (UserManager over a scoped context),
/// without a web host.
/// </summary>
public sealed class UserAdminHost : IAsyncDisposable
{
    public const string OpsEmail = "ops@test.example";

    private UserAdminHost(SqliteTestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public SqliteTestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public static async Task<UserAdminHost> CreateAsync()
    {
        var database = SqliteTestDatabase.Create();
        await database.MigrateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddDbContext<SalesOpsDbContext>(o => o.UseSalesOpsDatabase(database.Connection.Provider, database.Connection.ConnectionString));
        services.AddSingleton<IDbContextFactory<SalesOpsDbContext>>(database.Factory);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SalesOpsDbContext>();
        var host = new UserAdminHost(database, services.BuildServiceProvider());

        await using var scope = host.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        return host;
    }

    public static CurrentUser SignedIn(string name, params string[] roles)
    {
        var user = new CurrentUser();
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        user.Set(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
        return user;
    }

    /// <summary>The service itself, acting for <paramref name="user"/> (an ops manager unless told otherwise).</summary>
    public UserAdminService Service(ICurrentUser? user = null) => new(
        Database.Factory,
        Services.GetRequiredService<IServiceScopeFactory>(),
        user ?? SignedIn(OpsEmail, AppRoles.OpsManager),
        Database.Clock);

    /// <summary>The service behind the authorizing proxy, as pages get it.</summary>
    public IUserAdminService Proxy(ICurrentUser user) => ServiceAccess.Wrap<IUserAdminService>(Service(user), user);

    public async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
