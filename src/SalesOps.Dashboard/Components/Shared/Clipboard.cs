using Microsoft.JSInterop;
using MudBlazor;

namespace SalesOps.Dashboard.Components.Shared;

/// <summary>Copies text to the browser's clipboard (<c>wwwroot/js/clipboard.js</c>) and says how it went.</summary>
public static class Clipboard
{
    /// <summary>
    /// Copies <paramref name="text"/>; on success shows <paramref name="copied"/>, otherwise a warning that ends with
    /// <paramref name="otherwise"/> (browsers allow the clipboard only on https or localhost).
    /// </summary>
    public static async Task CopyAsync(IJSRuntime js, ISnackbar snackbar, string? text, string copied, string otherwise)
    {
        ArgumentNullException.ThrowIfNull(js);
        ArgumentNullException.ThrowIfNull(snackbar);
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/clipboard.js");
            await module.InvokeVoidAsync("copyText", text);
            snackbar.Add(copied, Severity.Success);
        }
        catch (JSException)
        {
            snackbar.Add($"This browser did not allow copying. {otherwise}", Severity.Warning);
        }
    }
}
