using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using SalesOps.Core.Expansion;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.ApiKeys;

namespace SalesOps.Dashboard.Components.Pages.Admin;

/// <summary>
/// Ops managers create, list and revoke the API keys help desks post signals with. A new key is shown once, right after
/// it is created; afterwards only its prefix is known.
/// </summary>
public partial class ApiKeys
{
    private const string OpenApiPath = OpenApiHostingExtensions.DocumentPath;

    private static readonly IEnumerable<string> TriggerNames = TriggerCatalog.All.Select(t => t.YamlKey);

    private IReadOnlyList<ApiKeyInfo>? _keys;
    private string _name = "";
    private string? _nameError;
    private string? _createdKey;
    private string? _createdName;
    private int? _createdId;
    private bool _busy;

    [Inject]
    private IApiKeyService Keys { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    /// <summary>A request that works as written once the key is in the environment variable (the key itself is never put here).</summary>
    private string CurlExample =>
        $$"""
        curl -X POST {{Navigation.BaseUri.TrimEnd('/')}}{{ExpansionSignalEndpoints.Path}} \
          -H "X-Api-Key: $SALESOPS_API_KEY" \
          -H "Idempotency-Key: ticket-4711-capacity" \
          -H "Content-Type: application/json" \
          -d '{"account_id": 42, "trigger": "need_for_more_capacity",
               "context": "Asked for 20 more seats before the next quarter.", "sentiment": "positive"}'
        """;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _keys = await Keys.ListAsync();

    private async Task CreateAsync()
    {
        _busy = true;
        _nameError = null;
        _createdKey = _createdName = null;
        _createdId = null;
        try
        {
            var result = await Keys.CreateAsync(_name);
            if (!result.Succeeded)
            {
                _nameError = result.Error;
                return;
            }

            _createdKey = result.Key;
            _createdName = result.Info!.Name;
            _createdId = result.Info.Id;
            _name = "";
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CopyAsync()
    {
        await Clipboard.CopyAsync(JS, Snackbar, _createdKey, "Key copied.", "Select the key and copy it by hand.");
    }

    private async Task RevokeAsync(ApiKeyInfo key)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke API key?",
            $"\"{key.Name}\" stops working at once: its next request gets 401. This cannot be undone; the integration needs a new key.",
            yesText: "Revoke",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var result = await Keys.RevokeAsync(key.Id);
        if (result.Succeeded)
        {
            Snackbar.Add($"Revoked \"{key.Name}\".", Severity.Success);
            if (_createdId == key.Id)
            {
                // The key on screen no longer works; do not leave it there to be copied.
                _createdKey = _createdName = null;
                _createdId = null;
            }
        }
        else
        {
            Snackbar.Add(result.Error ?? "Could not revoke the key.", Severity.Error);
        }

        await LoadAsync();
    }
}
