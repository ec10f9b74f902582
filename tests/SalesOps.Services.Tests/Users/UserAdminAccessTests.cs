using System.Reflection;
using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Security;
using SalesOps.Services.Security;
using SalesOps.Services.Users;

namespace SalesOps.Services.Tests.Users;

/// <summary>Only ops managers administer users: the authorizing proxy refuses everybody else before anything runs.</summary>
public sealed class UserAdminAccessTests : IAsyncLifetime
{
    private UserAdminHost _host = default!;

    public async Task InitializeAsync() => _host = await UserAdminHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Every_method_of_the_user_admin_service_requires_ManageUsers()
    {
        var methods = typeof(IUserAdminService).GetMethods();

        Assert.NotEmpty(methods);
        Assert.All(methods, m => Assert.Equal(Policies.ManageUsers, m.GetCustomAttribute<RequiresPolicyAttribute>()?.Policy));
    }

    [Fact]
    public async Task Every_writing_method_refuses_a_viewer_through_the_proxy_and_changes_nothing()
    {
        var target = await _host.Service().CreateAsync(new NewUser("target@test.example", "Target Person", [AppRoles.Sales]));
        Assert.True(target.Succeeded, target.Error);
        var viewer = _host.Proxy(UserAdminHost.SignedIn("viewer@test.example", AppRoles.Viewer));
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.CreateAsync(new NewUser("new@test.example", "New Person", [AppRoles.OpsManager])));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.SetRolesAsync(target.UserId!, [AppRoles.OpsManager]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.SetDisabledAsync(target.UserId!, true));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.ResetPasswordAsync(target.UserId!));
        await Assert.ThrowsAsync<AccessDeniedException>(() => viewer.SearchAsync(new UserQuery()));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task An_ops_manager_passes_the_proxy()
    {
        var ops = _host.Proxy(UserAdminHost.SignedIn(UserAdminHost.OpsEmail, AppRoles.OpsManager));

        var result = await ops.CreateAsync(new NewUser("fine@test.example", "Fine Person", [AppRoles.Viewer]));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, (await ops.SearchAsync(new UserQuery())).TotalCount);
    }

    // Users with their stamp, disabled flag and roles, and the number of audit entries: anything a write would move.
    private async Task<string> SnapshotAsync()
    {
        await using var db = _host.Database.CreateContext();
        var users = await db.Users.OrderBy(u => u.Id).Select(u => u.Id + u.SecurityStamp + u.IsDisabled + u.PasswordHash).ToListAsync();
        var links = await db.UserRoles.OrderBy(l => l.UserId).ThenBy(l => l.RoleId).Select(l => l.UserId + l.RoleId).ToListAsync();
        return string.Join("|", users) + "#" + string.Join("|", links) + "#" + await db.AuditEntries.CountAsync();
    }
}
