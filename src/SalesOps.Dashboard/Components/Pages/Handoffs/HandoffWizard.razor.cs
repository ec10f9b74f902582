using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Core.Security;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Handoffs;

namespace SalesOps.Dashboard.Components.Pages.Handoffs;

/// <summary>
/// The guided handoff: one step per stage, the current stage editable, earlier ones to look back at, later ones locked.
/// Drafts save by themselves a moment after the last edit (and on "Save draft"); every save carries the version it
/// edited, so a save after someone else's is refused as a conflict instead of overwriting theirs.
/// </summary>
public partial class HandoffWizard : IDisposable
{
    /// <summary>How long after the last edit the draft saves itself.</summary>
    internal static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(1.5);

    private HandoffWizardState? _state;
    private bool _loaded;
    private int _loads;
    private ITimer? _autosave;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private IHandoffService Handoffs { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    /// <summary>The wizard's state, for tests.</summary>
    internal HandoffWizardState? State => _state;

    private string SaveStatus => _state switch
    {
        null => "",
        { Saving: true } => "Saving…",
        { Conflict: not null } => "Not saved",
        { Dirty: true, Errors.Count: > 0 } => "Unsaved changes: fix the marked fields",
        { Dirty: true } => "Unsaved changes",
        { LastSavedAt: { } at } => $"Saved {Time.Local(at):HH:mm}",
        _ => "All changes saved",
    };

    private string SaveStatusIcon => _state switch
    {
        { Saving: true } => Icons.Material.Filled.CloudSync,
        { Conflict: not null } or { Dirty: true, Errors.Count: > 0 } => Icons.Material.Filled.ErrorOutline,
        { Dirty: true } => Icons.Material.Filled.EditNote,
        _ => Icons.Material.Filled.CloudDone,
    };

    private Color SaveStatusColor => _state switch
    {
        { Conflict: not null } or { Dirty: true, Errors.Count: > 0 } => Color.Error,
        { Dirty: true } => Color.Warning,
        _ => Color.Success,
    };

    private string CompleteText => _state?.StageIndex == HandoffChecklist.Stages.Count - 1 ? "Complete the handoff" : "Complete stage";

    protected override async Task OnParametersSetAsync()
    {
        if (_state?.Details.Id != Id)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _autosave?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var details = await Handoffs.GetAsync(Id);
        _state = details is null ? null : HandoffWizardState.From(details, await MayEditAsync());
        _loaded = true;
        _loads++;
        _breadcrumbs = [new("Handoffs", "handoffs"), new(details?.AccountName ?? $"#{Id}", null, disabled: true)];
    }

    private async Task<bool> MayEditAsync()
    {
        if (AuthenticationState is null)
        {
            return false;
        }

        var user = (await AuthenticationState).User;
        return (await Authorization.AuthorizeAsync(user, Policies.EditHandoffs)).Succeeded;
    }

    private Task ReloadAsync() => LoadAsync();

    private Task OnChangedAsync()
    {
        _state?.Changed();
        ScheduleAutosave();
        return Task.CompletedTask;
    }

    // Finished when the save on its way (if any) has been applied.
    private TaskCompletionSource? _saveDone;

    private void ScheduleAutosave()
    {
        if (_state is not { CanEdit: true, Conflict: null })
        {
            return;
        }

        _autosave ??= Clock.CreateTimer(_ => _ = InvokeAsync(AutosaveAsync), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _autosave.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
    }

    private async Task AutosaveAsync()
    {
        try
        {
            if (_state is { Dirty: true })
            {
                await SaveAsync(checkFirst: true);
                StateHasChanged();
            }
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    /// <summary>"Save draft": sends the draft as it is; the service names whatever is wrong.</summary>
    internal Task SaveDraftAsync() => SaveAsync(checkFirst: false);

    /// <summary>
    /// Saves the draft. An automatic save first runs the service's own checks here and, when something is wrong,
    /// marks it without sending (the person is probably still typing).
    /// </summary>
    private async Task SaveAsync(bool checkFirst)
    {
        if (_state is not { CanEdit: true, Conflict: null } s)
        {
            return;
        }

        if (s.Saving)
        {
            ScheduleAutosave();
            return;
        }

        if (checkFirst && s.Validate() is { Count: > 0 } errors)
        {
            s.ShowErrors(errors);
            return;
        }

        var revision = s.Revision;
        s.Saving = true;
        var done = _saveDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            HandoffResult result;
            try
            {
                result = await Handoffs.SaveAsync(Id, s.Draft.ToInput(), s.Version);
            }
            finally
            {
                s.Saving = false;
            }

            s.Apply(result, revision, Clock.GetUtcNow());
            if (result.Succeeded && s.Dirty)
            {
                ScheduleAutosave();
            }
        }
        finally
        {
            done.TrySetResult();
        }
    }

    /// <summary>Saves the draft and completes the current stage, or shows what is missing (nothing is saved then).</summary>
    internal async Task CompleteStageAsync()
    {
        // A click while the autosave is on its way waits for it (and completes on the version it saved) instead of
        // being lost.
        if (_state is { Saving: true } && _saveDone is { } pending)
        {
            await pending.Task;
        }

        if (_state is not { CanEdit: true, Conflict: null, Saving: false } s)
        {
            return;
        }

        _autosave?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var revision = s.Revision;
        s.Saving = true;
        HandoffResult result;
        try
        {
            result = await Handoffs.CompleteStageAsync(Id, s.Draft.ToInput(), s.Version);
        }
        finally
        {
            s.Saving = false;
        }

        s.Apply(result, revision, Clock.GetUtcNow());
    }

    /// <summary>Opens the introduction e-mail, saving the draft first so that the e-mail is written from what is on screen.</summary>
    private async Task OpenEmailAsync()
    {
        if (_state is not { CanEdit: true } s)
        {
            return;
        }

        if (s.Dirty)
        {
            await SaveAsync(checkFirst: false);
            if (s.Dirty || s.Conflict is not null)
            {
                return;
            }
        }

        var parameters = new DialogParameters<IntroductionEmailDialog> { { x => x.HandoffId, Id }, { x => x.Version, s.Version } };
        var dialog = await Dialogs.ShowAsync<IntroductionEmailDialog>("Introduction e-mail", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false });
        if (await dialog.Result is { Canceled: false, Data: HandoffResult result })
        {
            s.Apply(result, s.Revision, Clock.GetUtcNow());
        }
    }

    private async Task SaveBeforeLeavingAsync(LocationChangingContext context)
    {
        if (_state is { CanEdit: true, Dirty: true, Conflict: null, Saving: false })
        {
            await SaveAsync(checkFirst: true);
        }
    }

    private string StepText(int index)
    {
        var s = _state!;
        if (s.IsStepCompleted(index))
        {
            return "Done";
        }

        return index == s.StageIndex ? s.CanEdit ? "Current stage" : "In progress" : "Locked until the stage before is complete";
    }

    private static Color StatusColor(HandoffStatus status) => status switch
    {
        HandoffStatus.Completed => Color.Success,
        HandoffStatus.Cancelled => Color.Default,
        _ => Color.Info,
    };

    private static string StatusText(HandoffDetails d) => d.Status switch
    {
        HandoffStatus.Completed => "Completed",
        HandoffStatus.Cancelled => "Cancelled",
        _ => $"In progress · {HandoffChecklist.StageName(d.Stage)}",
    };

    public void Dispose()
    {
        _autosave?.Dispose();
        GC.SuppressFinalize(this);
    }
}
