using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;
using SalesOps.Services.Health;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// Ops managers edit the health model (weights, bands, inputs, at-risk rules, renewal likelihood), preview what it
/// would do to today's health, and save it as the next configuration version. The configuration's own validation
/// runs on every change, so each error sits on its input and Save stays off while anything is wrong.
/// </summary>
public partial class HealthModel : IDisposable
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly TimeSpan RecomputePollInterval = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _disposed = new();
    private CurrentCrmConfiguration? _current;
    private IReadOnlyList<ConfigurationVersionInfo> _versions = [];
    private HealthModelForm _saved = new();
    private HealthModelForm _form = new();
    private string? _comment;
    private IReadOnlyList<ConfigurationError> _errors = [];
    private IReadOnlyList<ConfigurationError> _refused = [];
    private HealthModelPreview? _preview;
    private HealthModelForm? _previewOf;
    private HealthRecomputeStatus _recompute = HealthRecomputeStatus.None;
    private bool _previewing;
    private CancellationTokenSource? _previewRun;
    private bool _saving;
    private bool _watching;

    [Inject]
    private ICrmConfigurationService Configuration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private bool Loaded => _current is not null;

    private bool Dirty => Loaded && !_form.Equals(_saved);

    private bool IsDefault => _form.Equals(HealthModelForm.From(CrmConfiguration.Default));

    private bool CanPreview => Loaded && _errors.Count == 0 && !_previewing;

    private bool PreviewButtonEnabled => CanPreview || _previewRun is not null;

    private bool CanSave => Dirty && _errors.Count == 0 && !_saving;

    private bool PreviewIsStale => _preview is not null && !_form.Equals(_previewOf);

    private ConfigurationVersionInfo? CurrentVersion => _versions.FirstOrDefault(v => v.Version == _current?.Version);

    private IEnumerable<ConfigurationError> AllErrors => _errors.Concat(_refused).DistinctBy(e => (e.Field, e.Message));

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        _recompute = await Configuration.GetRecomputeStatusAsync(_disposed.Token);
        if (_recompute.InProgress)
        {
            _ = WatchRecomputeAsync();
        }
    }

    private async Task LoadAsync()
    {
        _current = await Configuration.GetCurrentAsync(_disposed.Token);
        _versions = await Configuration.ListVersionsAsync(_disposed.Token);
        _saved = HealthModelForm.From(_current.Configuration);
        _form = _saved with { };
        Changed();
    }

    private CrmConfiguration Candidate(HealthModelForm form) => form.ApplyTo(_current?.Configuration ?? CrmConfiguration.Default);

    // The same validation the service runs on save (pure, in Core), so the page shows what is wrong as it is typed.
    private void Changed()
    {
        _errors = Candidate(_form).Validate();
        _refused = [];
    }

    private void Set(HealthModelField field, int value)
    {
        field.Set(_form, value);
        Changed();
    }

    private void SetOpenEscalation(bool value)
    {
        _form.OpenEscalationMakesAtRisk = value;
        Changed();
    }

    private bool HasError(string path) => AllErrors.Any(e => e.Field == path);

    private string? ErrorText(string path) =>
        HasError(path) ? string.Join(" ", AllErrors.Where(e => e.Field == path).Select(HealthModelFields.Message)) : null;

    // The one button starts a preview, or cancels the one running (a large portfolio takes a while).
    private async Task PreviewOrCancelAsync()
    {
        if (_previewRun is { } running)
        {
            await running.CancelAsync();
            return;
        }

        if (!CanPreview)
        {
            return;
        }

        _previewing = true;
        using var run = CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token);
        _previewRun = run;
        try
        {
            var form = _form with { };
            var preview = await Configuration.PreviewAsync(Candidate(form), run.Token);
            if (preview.IsValid)
            {
                _preview = preview;
                _previewOf = form;
            }
            else
            {
                _refused = preview.Errors;
            }
        }
        catch (OperationCanceledException) when (!_disposed.IsCancellationRequested)
        {
            Snackbar.Add("Preview cancelled.", Severity.Info);
        }
        finally
        {
            _previewRun = null;
            _previewing = false;
        }
    }

    /// <summary>Saves the form as the next version; an invalid form is refused with each field's message and nothing changes.</summary>
    internal async Task SaveAsync()
    {
        if (!Loaded || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await Configuration.SaveAsync(Candidate(_form), _comment, _current!.Version, _disposed.Token);
            if (!result.Succeeded)
            {
                _refused = result.Errors;
                Snackbar.Add(
                    result.Errors.Count == 1 ? "Not saved: one field needs fixing." : $"Not saved: {result.Errors.Count} fields need fixing.",
                    Severity.Error);
                return;
            }

            Snackbar.Add(result.HealthRecomputeStarted
                ? $"Saved as version {result.Version}. Health scores are being recomputed for every account."
                : $"Saved as version {result.Version}.", Severity.Success);
            _comment = null;
            _preview = null;
            _previewOf = null;
            await LoadAsync();
            _recompute = await Configuration.GetRecomputeStatusAsync(_disposed.Token);
            _ = WatchRecomputeAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private bool HasVersionConflict => _refused.Any(e => e.Field == ConfigurationSaveResult.VersionConflictField);

    // After someone else saved: start again from their version (the form's changes are dropped, as the button says).
    private async Task LoadLatestAsync()
    {
        _preview = null;
        _previewOf = null;
        await LoadAsync();
    }

    private void ResetToDefaults()
    {
        _form = HealthModelForm.From(CrmConfiguration.Default);
        Changed();
        Snackbar.Add("The built-in defaults are filled in. Nothing changes until you save.", Severity.Info);
    }

    private void Discard()
    {
        _form = _saved with { };
        Changed();
    }

    // Polls this instance's recompute status until the recompute a save started has finished.
    private async Task WatchRecomputeAsync()
    {
        if (_watching)
        {
            return;
        }

        _watching = true;
        try
        {
            while (_recompute.InProgress)
            {
                await Task.Delay(RecomputePollInterval, Clock, _disposed.Token);
                _recompute = await Configuration.GetRecomputeStatusAsync(_disposed.Token);
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
        finally
        {
            _watching = false;
        }
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!Dirty)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync(
            "Leave without saving?",
            "Your changes to the health model are not saved. If you leave now they are lost.",
            yesText: "Leave",
            cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private int CountOf(HealthBand? from, HealthBand? to) =>
        _preview?.Moves.FirstOrDefault(m => m.From == from && m.To == to)?.Accounts ?? 0;

    private static string Signed(int change) => change switch
    {
        > 0 => "+" + change.ToString("N0", Invariant),
        < 0 => "\u2212" + (-change).ToString("N0", Invariant),
        _ => "0",
    };

    private static string SignedMoney(decimal change) => change switch
    {
        > 0 => "+" + Labels.Money(change),
        < 0 => "\u2212" + Labels.Money(-change),
        _ => Labels.Money(0),
    };

    private static string ScoreText(int? score, HealthBand? band) =>
        score is { } s ? $"{s.ToString(Invariant)} {HealthLabels.Of(band)}" : HealthLabels.Of(null);

    private static string BandsText(HealthModelForm form) =>
        $"Healthy \u2265 {form.HealthyFrom} \u00b7 Watch {form.WatchFrom}\u2013{form.HealthyFrom - 1} \u00b7 At risk < {form.WatchFrom}";

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        GC.SuppressFinalize(this);
    }
}
