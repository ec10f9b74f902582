using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The frame around every signed-in page: main navigation and the user menu.</summary>
public sealed class AppShell(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Navigation => Page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });

    public ILocator NavLinks => Navigation.GetByRole(AriaRole.Link);

    public ILocator UserMenuButton => Page.GetByTestId("user-menu");

    public ILocator UserRoles => Page.GetByTestId("user-roles");

    public ILocator SignOutButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true });

    /// <summary>The visible text of each navigation link, in order.</summary>
    public async Task<IReadOnlyList<string>> NavLinkNamesAsync()
    {
        await Assertions.Expect(NavLinks.First).ToBeVisibleAsync();
        return [.. (await NavLinks.AllInnerTextsAsync()).Select(t => t.Trim())];
    }

    public async Task OpenUserMenuAsync()
    {
        await UserMenuButton.ClickAsync();
        await Assertions.Expect(UserRoles).ToBeVisibleAsync();
    }

    public async Task<LoginPage> SignOutAsync()
    {
        // A person whose click did not take simply clicks again; so does this page object, at most three times.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (!await UserRoles.IsVisibleAsync())
                {
                    await OpenUserMenuAsync();
                }

                await SignOutButton.ClickAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }

        var login = new LoginPage(Page);
        await Page.WaitForURLAsync(LoginPage.UrlPattern);
        return login;
    }
}
