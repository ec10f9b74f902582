using Microsoft.AspNetCore.Components;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Audit;

namespace SalesOps.Dashboard.Components.Pages.Admin;

/// <summary>The audit trail with filters; filtering and paging run in the database through <see cref="IAuditLogService"/>.</summary>
public partial class AuditLog
{
    private MudDataGrid<AuditLogItem>? _grid;
    private string? _entityType;
    private string? _entityId;
    private string? _user;
    private AuditAction? _action;
    private DateTime? _from;
    private DateTime? _to;
    private string? _text;
    private int _total = -1;

    [Inject]
    private IAuditLogService Audit { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private async Task<GridData<AuditLogItem>> LoadAsync(GridState<AuditLogItem> state, CancellationToken ct)
    {
        var result = await Audit.SearchAsync(new AuditQuery
        {
            EntityType = _entityType,
            EntityId = _entityId,
            UserName = _user,
            Action = _action,
            From = StartOfDay(_from),
            // "To" is a whole day in the viewer's zone: up to the start of the next one.
            To = StartOfDay(_to?.AddDays(1)),
            Text = _text,
            Page = state.Page,
            PageSize = state.PageSize,
        }, ct);
        _total = result.TotalCount;
        return new GridData<AuditLogItem> { Items = result.Items, TotalItems = result.TotalCount };
    }

    private DateTimeOffset? StartOfDay(DateTime? date)
    {
        if (date is not { } d)
        {
            return null;
        }

        var local = DateTime.SpecifyKind(d.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Time.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private async Task SetAsync(Action set)
    {
        set();
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
