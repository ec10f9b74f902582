using Microsoft.EntityFrameworkCore;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Data.Auditing;
using SalesOps.Services.Audit;
using SalesOps.Services.Common;
using SalesOps.Services.Users;

namespace SalesOps.Services.Tests.Users;

/// <summary>Creating users, roles, disabling, password resets and the ops-manager safeguards, on a real SQLite file.</summary>
public sealed class UserAdminTests : IAsyncLifetime
{
    private const string Actor = UserAdminHost.OpsEmail;
    private UserAdminHost _host = default!;

    public async Task InitializeAsync() => _host = await UserAdminHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Creating_a_user_stores_name_and_roles_and_returns_a_one_time_password_that_signs_in()
    {
        var result = await CreateAsync("Dana.Sales@Test.example", AppRoles.Sales, AppRoles.Support);

        var user = await _host.WithUsersAsync(u => u.FindByEmailAsync("dana.sales@test.example"));
        Assert.NotNull(user);
        Assert.Equal(result.UserId, user.Id);
        Assert.Equal("Dana Sales", user.DisplayName);
        Assert.False(user.IsDisabled);
        Assert.Equal([AppRoles.Sales, AppRoles.Support], (await _host.WithUsersAsync(u => u.GetRolesAsync(user))).Order());
        Assert.True(result.Password!.Length >= OneTimePassword.Length);
        Assert.True(await _host.WithUsersAsync(u => u.CheckPasswordAsync(user, result.Password)));
        Assert.False(await _host.WithUsersAsync(u => u.CheckPasswordAsync(user, result.Password + "x")));
    }

    [Fact]
    public async Task A_duplicate_email_is_refused_with_a_message_naming_it_and_nothing_is_added()
    {
        await CreateAsync("taken@test.example", AppRoles.Viewer);

        var again = await _host.Service().CreateAsync(new NewUser("TAKEN@test.example", "Someone Else", [AppRoles.Sales]));

        Assert.False(again.Succeeded);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.Contains("TAKEN@test.example", again.Error, StringComparison.Ordinal);
        Assert.Null(again.Password);
        Assert.Equal(1, await CountUsersAsync());
    }

    [Theory]
    [InlineData("not-an-email", "Name", AppRoles.Sales, "not an e-mail address")]
    [InlineData("Name <a@test.example>", "Name", AppRoles.Sales, "not an e-mail address")]
    [InlineData("a@test.example", " ", AppRoles.Sales, "Enter the person's name")]
    [InlineData("a@test.example", "Name", null, "at least one role")]
    [InlineData("a@test.example", "Name", "Admin", "Unknown role 'Admin'")]
    public async Task Invalid_input_is_refused_with_a_message_that_says_what_to_fix(string email, string name, string? role, string message)
    {
        var result = await _host.Service().CreateAsync(new NewUser(email, name, role is null ? [] : [role]));

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountUsersAsync());
    }

    [Fact]
    public async Task Creating_a_user_is_audited_with_the_actor_the_fields_and_the_role_but_never_the_password()
    {
        var result = await CreateAsync("audited@test.example", AppRoles.Success);

        var entries = await AuditOfAsync(result.UserId!);
        Assert.All(entries, e => Assert.Equal(Actor, e.UserName));
        var created = Assert.Single(entries, e => e.Action == AuditAction.Created);
        var changes = Fields(created);
        Assert.Equal("audited@test.example", changes["Email"].New);
        Assert.Equal("Audited Person", changes["DisplayName"].New);
        Assert.Equal("(changed)", changes["PasswordHash"].New);
        Assert.DoesNotContain(result.Password!, created.Changes, StringComparison.Ordinal);
        var role = Assert.Single(entries, e => e.Action == AuditAction.Modified && e.Changes.Contains("Role", StringComparison.Ordinal));
        Assert.Equal(AppRoles.Success, Fields(role)["Role"].New);
    }

    [Fact]
    public async Task Setting_roles_replaces_them_and_the_audit_trail_shows_each_role_added_and_removed_by_whom()
    {
        var user = await CreateAsync("roles@test.example", AppRoles.Sales, AppRoles.Viewer);
        var stamp = await StampAsync(user.UserId!);

        ServiceResult result;
        using (AuditActor.Begin(Actor))
        {
            result = await _host.Service().SetRolesAsync(user.UserId!, [AppRoles.Success, AppRoles.Viewer]);
        }

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([AppRoles.Success, AppRoles.Viewer], (await RolesAsync(user.UserId!)).Order());
        Assert.NotEqual(stamp, await StampAsync(user.UserId!));
        var roleChanges = (await AuditOfAsync(user.UserId!)).Where(e => e.Action == AuditAction.Modified).Select(Fields)
            .Where(f => f.ContainsKey("Role")).Select(f => f["Role"]).ToList();
        Assert.Contains(roleChanges, c => c.Old == AppRoles.Sales && c.New is null);
        Assert.Contains(roleChanges, c => c.Old is null && c.New == AppRoles.Success);
        Assert.All(await AuditOfAsync(user.UserId!), e => Assert.Equal(Actor, e.UserName));
    }

    [Fact]
    public async Task Setting_no_role_or_an_unknown_role_is_refused_and_the_roles_stay()
    {
        var user = await CreateAsync("keep@test.example", AppRoles.Sales);

        var none = await _host.Service().SetRolesAsync(user.UserId!, []);
        var unknown = await _host.Service().SetRolesAsync(user.UserId!, ["Root"]);

        Assert.Contains("at least one role", none.Error, StringComparison.Ordinal);
        Assert.Contains("Unknown role 'Root'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal([AppRoles.Sales], await RolesAsync(user.UserId!));
    }

    [Fact]
    public async Task Disabling_sets_IsDisabled_changes_the_security_stamp_and_is_audited_with_the_actor()
    {
        var user = await CreateAsync("leaver@test.example", AppRoles.Support);
        var stamp = await StampAsync(user.UserId!);

        ServiceResult result;
        using (AuditActor.Begin(Actor))
        {
            result = await _host.Service().SetDisabledAsync(user.UserId!, true);
        }

        Assert.True(result.Succeeded, result.Error);
        var stored = await _host.WithUsersAsync(u => u.FindByIdAsync(user.UserId!));
        Assert.True(stored!.IsDisabled);
        Assert.NotEqual(stamp, stored.SecurityStamp);
        var entry = (await AuditOfAsync(user.UserId!)).Last(e => e.Action == AuditAction.Modified);
        Assert.Equal(Actor, entry.UserName);
        var fields = Fields(entry);
        Assert.Equal(new FieldChange("False", "True"), fields["IsDisabled"]);
        Assert.Equal(new FieldChange("(changed)", "(changed)"), fields["SecurityStamp"]);

        var enabled = await _host.Service().SetDisabledAsync(user.UserId!, false);
        Assert.True(enabled.Succeeded, enabled.Error);
        Assert.False((await _host.WithUsersAsync(u => u.FindByIdAsync(user.UserId!)))!.IsDisabled);
    }

    [Fact]
    public async Task Resetting_a_password_returns_a_new_one_time_password_and_the_old_one_no_longer_works()
    {
        var user = await CreateAsync("forgetful@test.example", AppRoles.Viewer);
        var stamp = await StampAsync(user.UserId!);

        var reset = await _host.Service().ResetPasswordAsync(user.UserId!);

        Assert.True(reset.Succeeded, reset.Error);
        Assert.NotEqual(user.Password, reset.Password);
        var stored = await _host.WithUsersAsync(u => u.FindByIdAsync(user.UserId!));
        Assert.False(await _host.WithUsersAsync(u => u.CheckPasswordAsync(stored!, user.Password!)));
        Assert.True(await _host.WithUsersAsync(u => u.CheckPasswordAsync(stored!, reset.Password!)));
        Assert.NotEqual(stamp, stored!.SecurityStamp);
    }

    [Fact]
    public async Task The_last_enabled_ops_manager_can_neither_be_disabled_nor_lose_the_role()
    {
        var ops = await CreateAsync("only.ops@test.example", AppRoles.OpsManager);

        var disable = await _host.Service().SetDisabledAsync(ops.UserId!, true);
        var demote = await _host.Service().SetRolesAsync(ops.UserId!, [AppRoles.Viewer]);

        Assert.False(disable.Succeeded);
        Assert.Contains("last enabled ops manager", disable.Error, StringComparison.Ordinal);
        Assert.False(demote.Succeeded);
        Assert.Contains("last enabled ops manager", demote.Error, StringComparison.Ordinal);
        var stored = await _host.WithUsersAsync(u => u.FindByIdAsync(ops.UserId!));
        Assert.False(stored!.IsDisabled);
        Assert.Equal([AppRoles.OpsManager], await RolesAsync(ops.UserId!));
    }

    [Fact]
    public async Task A_disabled_second_ops_manager_does_not_count_but_an_enabled_one_does()
    {
        var first = await CreateAsync("first.ops@test.example", AppRoles.OpsManager);
        var second = await CreateAsync("second.ops@test.example", AppRoles.OpsManager);
        Assert.True((await _host.Service().SetDisabledAsync(second.UserId!, true)).Succeeded);

        Assert.False((await _host.Service().SetRolesAsync(first.UserId!, [AppRoles.Sales])).Succeeded);

        Assert.True((await _host.Service().SetDisabledAsync(second.UserId!, false)).Succeeded);
        var demote = await _host.Service().SetRolesAsync(first.UserId!, [AppRoles.Sales]);
        Assert.True(demote.Succeeded, demote.Error);
        Assert.Equal([AppRoles.Sales], await RolesAsync(first.UserId!));
    }

    [Fact]
    public async Task Ops_managers_cannot_disable_themselves()
    {
        var me = await CreateAsync(Actor, AppRoles.OpsManager);
        await CreateAsync("colleague@test.example", AppRoles.OpsManager);

        var result = await _host.Service().SetDisabledAsync(me.UserId!, true);

        Assert.False(result.Succeeded);
        Assert.Contains("cannot disable yourself", result.Error, StringComparison.Ordinal);
        Assert.False((await _host.WithUsersAsync(u => u.FindByIdAsync(me.UserId!)))!.IsDisabled);
    }

    [Fact]
    public async Task Search_finds_users_by_email_or_name_pages_them_and_lists_their_roles()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync($"rep{i}@test.example", AppRoles.Support);
        }

        await CreateAsync("boss@test.example", AppRoles.OpsManager, AppRoles.Sales);

        var page = await _host.Service().SearchAsync(new UserQuery { Search = "REP", Page = 1, PageSize = 2 });
        var byName = await _host.Service().SearchAsync(new UserQuery { Search = "boss person" });

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["rep2@test.example", "rep3@test.example"], page.Items.Select(u => u.Email));
        var boss = Assert.Single(byName.Items);
        Assert.Equal([AppRoles.OpsManager, AppRoles.Sales], boss.Roles);
        Assert.Null(boss.LockedOutUntil);
    }

    private async Task<OneTimePasswordResult> CreateAsync(string email, params string[] roles)
    {
        var name = email.Split('@')[0].Replace('.', ' ');
        name = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
        if (!name.Contains(' ', StringComparison.Ordinal))
        {
            name += " Person";
        }

        using (AuditActor.Begin(Actor))
        {
            var result = await _host.Service().CreateAsync(new NewUser(email, name, roles));
            Assert.True(result.Succeeded, result.Error);
            return result;
        }
    }

    private async Task<int> CountUsersAsync()
    {
        await using var db = _host.Database.CreateContext();
        return await db.Users.CountAsync();
    }

    private async Task<string?> StampAsync(string id) => (await _host.WithUsersAsync(u => u.FindByIdAsync(id)))!.SecurityStamp;

    private async Task<List<string>> RolesAsync(string id) =>
        [.. await _host.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!))];

    private async Task<List<AuditEntry>> AuditOfAsync(string userId)
    {
        await using var db = _host.Database.CreateContext();
        return await db.AuditEntries.Where(e => e.EntityType == "User" && e.EntityId == userId).OrderBy(e => e.Id).ToListAsync();
    }

    private static Dictionary<string, FieldChange> Fields(AuditEntry entry) =>
        AuditLogService.ParseChanges(entry.Changes).ToDictionary(c => c.Field, c => new FieldChange(c.Old, c.New));
}
