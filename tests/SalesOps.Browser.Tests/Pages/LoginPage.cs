using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SalesOps.Data.Startup;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/account/login: a plain HTML form (no circuit), the demo-user list and the signed-out notice.</summary>
public sealed partial class LoginPage(IPage page)
{
    public const string Path = "account/login";
    public const string DemoPassword = "Demo-Password-2026";

    public IPage Page { get; } = page;

    public static string DemoEmail(string role) => IdentitySeeder.DemoUsers.Single(u => u.Role == role).Email;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1, Exact = true });

    public ILocator Email => Page.GetByLabel("E-mail");

    public ILocator Password => Page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

    public ILocator SignedOutNotice => Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "You are signed out." });

    public ILocator Error => Page.GetByRole(AriaRole.Alert).Filter(new() { HasTextRegex = new Regex("^Sign-in failed") });

    public ILocator DemoUsers => Page.GetByRole(AriaRole.Region, new() { Name = "Demo users" });

    public ILocator DemoPasswordText => Page.GetByTestId("demo-password");

    /// <summary>True for the sign-in page's URL, with or without a query string.</summary>
    public static Regex UrlPattern { get; } = LoginUrl();

    public async Task GotoAsync() => await Page.GotoAsync(Path);

    /// <summary>Opens the page, submits the form and waits until the browser has left it (the sign-in succeeded).</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GotoAsync();
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
        await Page.WaitForURLAsync(url => !UrlPattern.IsMatch(url));
    }

    [GeneratedRegex(@"/account/login(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LoginUrl();
}
