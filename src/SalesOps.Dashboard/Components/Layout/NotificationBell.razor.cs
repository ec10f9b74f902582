using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Notifications;

namespace SalesOps.Dashboard.Components.Layout;

/// <summary>
/// The bell in the app bar. The unread count is read when the layout starts, on every navigation and whenever the
/// menu opens; there is no polling (live updates arrive with the event bus later). A person whose user has no team
/// member simply has no notifications.
/// </summary>
public partial class NotificationBell
{
    private const int Latest = 15;

    private IReadOnlyList<NotificationItem>? _items;
    private int _unread;

    [Inject]
    private INotificationService Notifications { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    [CascadingParameter]
    private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Authentication { get; set; }

    private string UnreadText => _unread switch
    {
        0 => "none unread",
        1 => "1 unread",
        _ => $"{_unread.ToString(CultureInfo.InvariantCulture)} unread",
    };

    protected override async Task OnInitializedAsync()
    {
        Navigation.LocationChanged += OnLocationChanged;
        await RefreshCountAsync();
    }

    private async Task<bool> SignedInAsync() =>
        Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated == true;

    private async Task RefreshCountAsync()
    {
        if (await SignedInAsync())
        {
            _unread = await Notifications.GetUnreadCountAsync();
        }
    }

    private async Task LoadAsync()
    {
        _items = await Notifications.GetMineAsync(Latest);
        _unread = await Notifications.GetUnreadCountAsync();
    }

    private async Task OnOpenChangedAsync(bool open)
    {
        if (open)
        {
            await LoadAsync();
        }
    }

    internal async Task OpenAsync(NotificationItem notification)
    {
        if (!notification.IsRead)
        {
            await Notifications.MarkReadAsync(notification.Id);
        }

        if (LocalPath(notification.Link) is { } path)
        {
            // Navigation refreshes the count (LocationChanged); the list is read again when the menu next opens.
            Navigation.NavigateTo(path);
        }
        else
        {
            await LoadAsync();
        }
    }

    private async Task MarkAllReadAsync()
    {
        await Notifications.MarkAllReadAsync();
        await LoadAsync();
    }

    // Links are app paths such as "/handoffs/12"; relative to the base so the app also works under a path base.
    private static string? LocalPath(string? link) =>
        string.IsNullOrWhiteSpace(link) || Uri.IsWellFormedUriString(link, UriKind.Absolute) ? null : link.TrimStart('/');

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        await RefreshCountAsync();
        StateHasChanged();
    });

    private string Ago(DateTimeOffset at)
    {
        var elapsed = Clock.GetUtcNow() - at;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => $"{(int)elapsed.TotalMinutes} min ago",
            { TotalDays: < 1 } => $"{(int)elapsed.TotalHours} h ago",
            { TotalDays: < 2 } => "yesterday",
            { TotalDays: < 30 } => $"{(int)elapsed.TotalDays} days ago",
            _ => Time.Date(at),
        };
    }

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
