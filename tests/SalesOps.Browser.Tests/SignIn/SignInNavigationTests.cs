using System.Text.RegularExpressions;
using SalesOps.Browser.Tests.Infrastructure;
using SalesOps.Browser.Tests.Pages;
using SalesOps.Core.Security;
using SalesOps.Data.Startup;
using static Microsoft.Playwright.Assertions;

namespace SalesOps.Browser.Tests.SignIn;

/// <summary>Signing in through the real sign-in page as each demo role, the navigation that role gets, and signing out.</summary>
public sealed class SignInNavigationTests(DashboardFixture app) : IClassFixture<DashboardFixture>
{
    private static readonly string[] AdminLinks = ["Users", "Audit log", "Wall displays", "API keys"];

    private static readonly string[] CustomerLinks = ["Overview", "Accounts", "At-risk customers", "Renewals", "Handoffs", "Expansion"];

    private static readonly string[] SettingsLinks = ["Health model", "Handoff templates", "Configuration", "Wall rotations"];

    public static TheoryData<string> Roles() => [.. AppRoles.All];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_demo_role_signs_in_sees_its_navigation_and_role_and_signs_out(string role)
    {
        await using var session = await app.NewSessionAsync($"SignIn_{role}");
        await session.RunAsync(async () =>
        {
            var login = new LoginPage(session.Page);
            await login.SignInAsync(LoginPage.DemoEmail(role), LoginPage.DemoPassword);
            var list = new AccountsListPage(session.Page);
            await list.GotoAsync();
            var shell = new AppShell(session.Page);

            string[] expected = role == AppRoles.OpsManager ? [.. CustomerLinks, .. SettingsLinks, .. AdminLinks] : CustomerLinks;
            Assert.Equal(expected, await shell.NavLinkNamesAsync());
            await Expect(shell.Navigation.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Administration" }))
                .ToHaveCountAsync(role == AppRoles.OpsManager ? 1 : 0);

            await Expect(shell.UserMenuButton).ToContainTextAsync(LoginPage.DemoEmail(role), new() { IgnoreCase = true });
            await shell.OpenUserMenuAsync();
            await Expect(shell.UserRoles).ToHaveTextAsync(role);

            login = await shell.SignOutAsync();
            await Expect(login.Heading).ToBeVisibleAsync();
            await Expect(login.SignedOutNotice).ToBeVisibleAsync();

            await session.Page.GotoAsync("accounts");
            await Expect(session.Page).ToHaveURLAsync(new Regex(@"/account/login\?ReturnUrl=%2Faccounts$", RegexOptions.IgnoreCase));
            await Expect(login.Heading).ToBeVisibleAsync();
            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task Sign_in_page_lists_every_demo_user_and_the_demo_password()
    {
        await using var session = await app.NewSessionAsync();
        await session.RunAsync(async () =>
        {
            var login = new LoginPage(session.Page);
            await login.GotoAsync();

            await Expect(login.Heading).ToBeVisibleAsync();
            await Expect(login.DemoPasswordText).ToHaveTextAsync(LoginPage.DemoPassword);
            foreach (var (email, _, role, _) in IdentitySeeder.DemoUsers)
            {
                await Expect(login.DemoUsers.GetByRole(Microsoft.Playwright.AriaRole.Listitem).Filter(new() { HasText = email }))
                    .ToHaveTextAsync(new Regex($"{Regex.Escape(email)}\\s+—\\s+{role}$"));
            }

            Assert.Empty(session.Problems);
        });
    }

    [Fact]
    public async Task Wrong_password_keeps_the_visitor_on_the_sign_in_page_with_the_generic_message()
    {
        await using var session = await app.NewSessionAsync();
        await session.RunAsync(async () =>
        {
            var login = new LoginPage(session.Page);
            await login.GotoAsync();
            await login.Email.FillAsync(LoginPage.DemoEmail(AppRoles.Viewer));
            await login.Password.FillAsync("Not-The-Password-1!");
            await login.SignInButton.ClickAsync();

            await Expect(login.Error).ToBeVisibleAsync();
            await Expect(session.Page).ToHaveURLAsync(LoginPage.UrlPattern);
        });
    }
}
