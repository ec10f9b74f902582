using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The bell in the app bar: the unread count in its name and, once opened, the latest notifications.</summary>
public sealed partial class NotificationBell(IPage page)
{
    public IPage Page { get; } = page;

    // MudMenu's activator wraps the icon button in a div with role="button" too; the icon button carries the count.
    public ILocator Button => Page.GetByTestId("notification-count").GetByRole(AriaRole.Button, new() { NameRegex = BellName() });

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Level = 2, Exact = true });

    public ILocator Items => Page.Locator("[data-notification]");

    /// <summary>The notifications whose title or text contains <paramref name="text"/>.</summary>
    public ILocator Item(string text) => Items.Filter(new() { HasText = text });

    /// <summary>The bell's accessible name for <paramref name="unread"/> unread notifications.</summary>
    public static string NameFor(int unread) => unread switch
    {
        0 => "Notifications, none unread",
        1 => "Notifications, 1 unread",
        _ => $"Notifications, {unread} unread",
    };

    public async Task OpenAsync()
    {
        await Button.ClickAsync();
        await Assertions.Expect(Heading).ToBeVisibleAsync();
    }

    [GeneratedRegex("^Notifications, ")]
    private static partial Regex BellName();
}
