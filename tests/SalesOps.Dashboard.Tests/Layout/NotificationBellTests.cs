using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Layout;
using SalesOps.Dashboard.Tests.Infrastructure;
using SalesOps.Data.Identity;
using SalesOps.Services;
using SalesOps.Services.Notifications;

namespace SalesOps.Dashboard.Tests.Layout;

/// <summary>The bell in the app bar: the signed-in person's unread count, their latest notifications, marking them read.</summary>
public sealed class NotificationBellTests : MudTestBase, IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _db;

    public NotificationBellTests(SeededDatabase db)
    {
        _db = db;
        Services.AddRealAccountService(db);
        Services.AddAuthorizedScoped<INotificationService, NotificationService>();
    }

    [Fact]
    public async Task Bell_shows_the_unread_count_and_lists_the_latest_notifications_newest_first()
    {
        var (email, member) = await LinkedUserAsync("bell-list");
        await NotifyAsync(member, "Older, already read", hoursAgo: 120, read: true);
        await NotifyAsync(member, "Day-30 reminder: Contoso", hoursAgo: 50, body: "Agree who leads the relationship from here.");
        await NotifyAsync(member, "Handoff started: Fabrikam", hoursAgo: 2, link: "/handoffs/42");
        SignIn(email);
        var popovers = Render<MudPopoverProvider>();

        var cut = Render<NotificationBell>();

        cut.WaitForAssertion(() => Assert.Equal("Notifications, 2 unread", Bell(cut).GetAttribute("aria-label")));
        Assert.Contains("2", cut.Find("[data-testid=notification-count]").TextContent, StringComparison.Ordinal);
        await cut.InvokeAsync(() => Bell(cut).Click());
        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll("[data-notification]").Count));
        var items = popovers.FindAll("[data-notification]");
        Assert.Equal(
            new[] { ("Handoff started: Fabrikam", "false"), ("Day-30 reminder: Contoso", "false"), ("Older, already read", "true") },
            items.Select(i => (Titles().Single(t => i.TextContent.Contains(t, StringComparison.Ordinal)), i.GetAttribute("data-read") ?? "")));
        Assert.Contains("2 h ago", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Agree who leads the relationship from here.", items[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 days ago", items[1].TextContent, StringComparison.Ordinal);

        static string[] Titles() => ["Handoff started: Fabrikam", "Day-30 reminder: Contoso", "Older, already read"];
    }

    [Fact]
    public async Task Clicking_a_notification_marks_it_read_and_opens_its_link()
    {
        var (email, member) = await LinkedUserAsync("bell-click");
        await NotifyAsync(member, "Still unread", hoursAgo: 30);
        var clicked = await NotifyAsync(member, "Handoff started: Northwind", hoursAgo: 1, link: "/handoffs/77");
        SignIn(email);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Equal("Notifications, 2 unread", Bell(cut).GetAttribute("aria-label")));

        await cut.InvokeAsync(() => Bell(cut).Click());
        var item = popovers.WaitForElement($"[data-notification='{clicked}']");
        await cut.InvokeAsync(() => item.Click());

        cut.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", Bell(cut).GetAttribute("aria-label")));
        Assert.EndsWith("/handoffs/77", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        await using var db = _db.CreateContext();
        var read = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == member).ToDictionaryAsync(n => n.Title, n => n.ReadAt);
        Assert.NotNull(read["Handoff started: Northwind"]);
        Assert.Null(read["Still unread"]);
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count_and_the_unread_style()
    {
        var (email, member) = await LinkedUserAsync("bell-all");
        await NotifyAsync(member, "One", hoursAgo: 3);
        await NotifyAsync(member, "Two", hoursAgo: 4);
        SignIn(email);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Equal("Notifications, 2 unread", Bell(cut).GetAttribute("aria-label")));

        await cut.InvokeAsync(() => Bell(cut).Click());
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll("[data-notification][data-read=false]").Count));
        await cut.InvokeAsync(() => popovers.Find("[data-testid=mark-all-read]").Click());

        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll("[data-notification][data-read=true]").Count));
        cut.WaitForAssertion(() => Assert.Equal("Notifications, none unread", Bell(cut).GetAttribute("aria-label")));
        await using var db = _db.CreateContext();
        Assert.False(await db.Notifications.AnyAsync(n => n.RecipientId == member && n.ReadAt == null));
    }

    [Fact]
    public async Task A_user_without_a_team_member_sees_an_empty_list_not_an_error()
    {
        SignIn("no-team-member@demo.salesops.example", AppRoles.OpsManager);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Equal("Notifications, none unread", Bell(cut).GetAttribute("aria-label")));

        await cut.InvokeAsync(() => Bell(cut).Click());

        popovers.WaitForAssertion(() => Assert.Equal("No notifications.", popovers.Find("[data-testid=no-notifications]").TextContent.Trim()));
        Assert.Empty(popovers.FindAll("[data-notification]"));
    }

    private static AngleSharp.Dom.IElement Bell(IRenderedComponent<NotificationBell> cut) => cut.Find("button[aria-label^=Notifications]");

    private void SignIn(string email, string role = AppRoles.Success)
    {
        this.AddAuthorization().SetAuthorized(email).SetRoles(role).SetPolicies(Policies.ViewCustomers);
        // The bell stays disabled while prerendered; these tests play the interactive circuit.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>A team member of its own and a user linked to it, as the demo users are.</summary>
    private async Task<(string Email, int MemberId)> LinkedUserAsync(string name)
    {
        var email = $"{name}@example.test";
        await using var db = _db.CreateContext();
        var member = new TeamMember { Name = $"Bell {name}", Email = email, Role = TeamRole.Success };
        db.TeamMembers.Add(member);
        await db.SaveChangesAsync();
        db.Users.Add(new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = member.Name, TeamMemberId = member.Id, CreatedAt = SeededDatabase.Now,
        });
        await db.SaveChangesAsync();
        return (email, member.Id);
    }

    private async Task<long> NotifyAsync(int recipient, string title, int hoursAgo, string? body = null, string? link = null, bool read = false)
    {
        await using var db = _db.CreateContext();
        var at = SeededDatabase.Now.AddHours(-hoursAgo);
        var notification = new Notification
        {
            RecipientId = recipient, Kind = NotificationKind.HandoffStarted, Title = title, Body = body, Link = link, CreatedAt = at,
            ReadAt = read ? at.AddMinutes(5) : null,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}
