using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>/admin/wall-displays: create display links (with their rotation), pick rotations, revoke and reinstate.</summary>
public sealed class WallDisplaysPage(IPage page) : BlazorPage(page)
{
    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Name = "Wall displays", Level = 1, Exact = true });

    public ILocator Name => Page.Locator("#wall-name");

    public ILocator NewRotation => Page.GetByRole(AriaRole.Combobox, new() { Name = "Rotation", Exact = true });

    public ILocator CreateButton => Page.GetByRole(AriaRole.Button, new() { Name = "Create link", Exact = true });

    public ILocator Created => Page.GetByTestId("wall-created");

    public ILocator CreatedUrl => Page.Locator("#wall-url");

    public ILocator Row(string displayName) =>
        Page.GetByTestId("wall-tokens").Locator("tbody tr").Filter(new() { Has = Page.Locator($"td[data-token-id]", new() { HasTextString = displayName }) });

    /// <summary>The rotation select of a display's row (its input holds the rotation's name).</summary>
    public ILocator RowRotation(string displayName) => Row(displayName).GetByRole(AriaRole.Combobox);

    public ILocator RevokeButton(string displayName) => Page.GetByRole(AriaRole.Button, new() { Name = $"Revoke {displayName}", Exact = true });

    public ILocator ReinstateButton(string displayName) => Page.GetByRole(AriaRole.Button, new() { Name = $"Reinstate {displayName}", Exact = true });

    public Task GotoAsync() => GotoInteractiveAsync("admin/wall-displays");

    /// <summary>Creates a link on the page, as an ops manager does, and returns it as shown (once).</summary>
    public async Task<string> CreateAsync(string name, string rotation)
    {
        await Name.FillAsync(name);
        await NewRotation.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = rotation, Exact = true }).ClickAsync();
        await Assertions.Expect(NewRotation).ToHaveValueAsync(rotation);
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await CreateButton.ClickAsync();
        await Assertions.Expect(Created).ToBeVisibleAsync();
        return await CreatedUrl.InputValueAsync();
    }

    public async Task RevokeAsync(string displayName)
    {
        await RevokeButton(displayName).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Assertions.Expect(ReinstateButton(displayName)).ToBeVisibleAsync();
    }

    public async Task ReinstateAsync(string displayName)
    {
        await ReinstateButton(displayName).ClickAsync();
        await Assertions.Expect(RevokeButton(displayName)).ToBeVisibleAsync();
    }
}
