using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;
using SalesOps.Services.Security;
using SalesOps.Services.WallDisplays;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// Ops managers set up the wall display rotations (panels and their order, interval, hidden customer names), the
/// default rotation and the stale threshold, with a preview, and save them as the next configuration version with the
/// rest of the configuration unchanged. Displays name their rotation by name, so a rename or removal is carried over
/// to the displays that named it once the configuration is saved.
/// </summary>
public sealed partial class WallRotations : IDisposable
{
    public const string RotationsPath = "wall_displays.rotations";
    public const string DefaultPath = "wall_displays.default_rotation";
    public const string StalePath = "wall_displays.stale_after_seconds";
    private const string CommentPath = "comment";

    private readonly CancellationTokenSource _disposed = new();
    private CurrentCrmConfiguration? _current;
    private IReadOnlyList<ConfigurationVersionInfo> _versions = [];
    private IReadOnlyList<WallDisplayTokenInfo>? _displays;
    private WallRotationsForm _form = new();
    private WallRotationForm? _selected;
    private CrmConfiguration? _candidate;
    private string? _comment;
    private List<ConfigurationError> _errors = [];
    private IReadOnlyList<ConfigurationError> _refused = [];
    private bool _saving;

    [Inject]
    private ICrmConfigurationService Configuration { get; set; } = default!;

    [Inject]
    private IWallDisplayService Displays { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private bool Loaded => _current is not null;

    private WallDisplaySettings Saved => _current?.Configuration.WallDisplays ?? new WallDisplaySettings();

    private bool Dirty => Loaded && !WallRotationsForm.Same(_form.ToSettings(), Saved);

    private bool CanSave => Dirty && _errors.Count == 0 && !_saving;

    private ConfigurationVersionInfo? CurrentVersion => _versions.FirstOrDefault(v => v.Version == _current?.Version);

    private IEnumerable<ConfigurationError> AllErrors => _errors.Concat(_refused).DistinctBy(e => (e.Field, e.Message));

    private bool HasVersionConflict => _refused.Any(e => e.Field == ConfigurationSaveResult.VersionConflictField);

    private string StaleHelp => _form.StaleAfterSeconds is >= 60
        ? $"{WallRotationText.Seconds(_form.StaleAfterSeconds)} without fresh data; 30 to 86400 seconds"
        : "Seconds without fresh data; 30 to 86400";

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _current = await Configuration.GetCurrentAsync(_disposed.Token);
        _versions = await Configuration.ListVersionsAsync(_disposed.Token);
        _displays = await ListDisplaysAsync();
        var selectedIndex = _selected is null ? -1 : _form.Rotations.IndexOf(_selected);
        _form = WallRotationsForm.From(_current.Configuration.WallDisplays);
        _selected = selectedIndex >= 0 && selectedIndex < _form.Rotations.Count ? _form.Rotations[selectedIndex] : _form.Default ?? _form.Rotations.FirstOrDefault();
        Changed();
    }

    /// <summary>
    /// The display links, to say which rotation each display shows; null for someone who may change the configuration
    /// but not manage displays (today both are ops managers, but the policies are separate).
    /// </summary>
    private async Task<IReadOnlyList<WallDisplayTokenInfo>?> ListDisplaysAsync()
    {
        try
        {
            return await Displays.ListAsync(_disposed.Token);
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }

    private CrmConfiguration Candidate() => (_current?.Configuration ?? CrmConfiguration.Default) with { WallDisplays = _form.ToSettings() };

    // The same validation the service runs on save (pure, in Core), so each message appears as the change is made.
    private void Changed()
    {
        _candidate = Candidate();
        _errors = _candidate.Validate().Where(e => e.Field.StartsWith("wall_displays", StringComparison.Ordinal)).ToList();
        _refused = [];
    }

    private int IndexOf(WallRotationForm rotation) => _form.Rotations.IndexOf(rotation);

    private static string RotationPath(int rotation) => $"{RotationsPath}[{rotation}]";

    private bool HasError(string path) => AllErrors.Any(e => e.Field == path);

    private string? ErrorText(string path) =>
        HasError(path) ? string.Join(" ", AllErrors.Where(e => e.Field == path).Select(e => e.Message)) : null;

    private int ErrorCount(WallRotationForm rotation)
    {
        var prefix = RotationPath(IndexOf(rotation));
        return AllErrors.Count(e => e.Field == prefix || e.Field.StartsWith(prefix + ".", StringComparison.Ordinal));
    }

    // ---- all displays ----

    private void SetStale(int seconds)
    {
        _form.StaleAfterSeconds = seconds;
        Changed();
    }

    private void MakeDefault(WallRotationForm rotation)
    {
        _form.Default = rotation;
        Changed();
    }

    // ---- rotations ----

    private void Select(WallRotationForm rotation) => _selected = rotation;

    private void AddRotation()
    {
        _selected = _form.AddNew();
        Changed();
    }

    private void Copy(WallRotationForm rotation)
    {
        _selected = _form.AddCopyOf(rotation);
        Changed();
    }

    private async Task RemoveAsync(WallRotationForm rotation)
    {
        if (rotation == _form.Default)
        {
            return;
        }

        var users = DisplaysUsing(rotation).Count;
        var remove = await Dialogs.ShowMessageBoxAsync(
            $"Remove the rotation \u201c{rotation.Name}\u201d?",
            users == 0
                ? "No display uses it. It is gone once you save."
                : $"{DisplayCount(users)} using it will show the default rotation once you save.",
            yesText: "Remove",
            cancelText: "Keep it");
        if (remove != true)
        {
            return;
        }

        _form.Remove(rotation);
        if (_selected == rotation)
        {
            _selected = _form.Default ?? _form.Rotations.FirstOrDefault();
        }

        Changed();
    }

    private void Rename(WallRotationForm rotation, string? name)
    {
        rotation.Name = name ?? "";
        Changed();
    }

    private void SetInterval(WallRotationForm rotation, int seconds)
    {
        rotation.IntervalSeconds = seconds;
        Changed();
    }

    private void SetHideNames(WallRotationForm rotation, bool hide)
    {
        rotation.HideCustomerNames = hide;
        Changed();
    }

    // ---- panels ----

    private void AddPanel(WallRotationForm rotation, WallPanel panel)
    {
        rotation.Add(panel);
        Changed();
    }

    private void RemovePanel(WallRotationForm rotation, int index)
    {
        rotation.RemoveAt(index);
        Changed();
    }

    private void MoveUp(WallRotationForm rotation, int index)
    {
        rotation.MoveUp(index);
        Changed();
    }

    private void MoveDown(WallRotationForm rotation, int index)
    {
        rotation.MoveDown(index);
        Changed();
    }

    // ---- save ----

    /// <summary>
    /// Saves the page as the next configuration version (refused, nothing stored, with each field's message); then
    /// points the displays that named a renamed rotation at its new name, and those that named a removed one at the default.
    /// </summary>
    internal async Task SaveAsync()
    {
        if (!Loaded || _saving)
        {
            return;
        }

        Changed();
        if (_errors.Count > 0)
        {
            Snackbar.Add(NotSavedText(_errors.Count), Severity.Error);
            return;
        }

        _saving = true;
        try
        {
            // Worked out before saving, from the names as they were: a swap of two names must not chain.
            var moves = DisplayMoves();
            var result = await Configuration.SaveAsync(_candidate!, _comment, _current!.Version, _disposed.Token);
            if (!result.Succeeded)
            {
                _refused = result.Errors;
                Snackbar.Add(NotSavedText(result.Errors.Count), Severity.Error);
                return;
            }

            var failed = new List<string>();
            foreach (var (display, rotation) in moves)
            {
                var moved = await Displays.SetRotationAsync(display.Id, rotation, _disposed.Token);
                if (!moved.Succeeded)
                {
                    failed.Add($"{display.Name}: {moved.Error}");
                }
            }

            Snackbar.Add($"Saved as version {result.Version}. Displays pick up the change at their next panel.", Severity.Success);
            if (moves.Count > 0 && failed.Count == 0)
            {
                Snackbar.Add($"{DisplayCount(moves.Count)} now {(moves.Count == 1 ? "follows" : "follow")} the renamed or removed rotations.", Severity.Info);
            }

            if (failed.Count > 0)
            {
                Snackbar.Add($"The configuration was saved, but these displays still name their old rotation (pick one under Administration \u2192 Wall displays): {string.Join("; ", failed)}", Severity.Warning);
            }

            _comment = null;
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>Each display whose rotation name changes with this save, and the name it gets (null: the default).</summary>
    private List<(WallDisplayTokenInfo Display, string? Rotation)> DisplayMoves()
    {
        var changes = _form.NameChanges(Saved);
        var moves = new List<(WallDisplayTokenInfo, string?)>();
        foreach (var display in _displays ?? [])
        {
            var change = changes.FirstOrDefault(c => string.Equals(c.Old, display.Rotation?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (change.Old is null)
            {
                continue;
            }

            // A removed name that a rotation on the page now carries again keeps its displays.
            var next = change.New ?? _form.Rotations.FirstOrDefault(r => string.Equals(r.Name.Trim(), change.Old, StringComparison.OrdinalIgnoreCase))?.Name.Trim();
            if (!string.Equals(next, display.Rotation, StringComparison.Ordinal))
            {
                moves.Add((display, next));
            }
        }

        return moves;
    }

    private static string NotSavedText(int errors) =>
        errors == 1 ? "Not saved: one field needs fixing." : $"Not saved: {errors} fields need fixing.";

    private void Discard()
    {
        var selectedIndex = _selected is null ? -1 : IndexOf(_selected);
        _form = WallRotationsForm.From(Saved);
        _selected = selectedIndex >= 0 && selectedIndex < _form.Rotations.Count ? _form.Rotations[selectedIndex] : _form.Default ?? _form.Rotations.FirstOrDefault();
        Changed();
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!Dirty)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync(
            "Leave without saving?",
            "Your changes to the wall rotations are not saved. If you leave now they are lost.",
            yesText: "Leave",
            cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    // ---- words ----

    /// <summary>The displays that show <paramref name="rotation"/> today (by its saved name, or by default).</summary>
    private List<WallDisplayTokenInfo> DisplaysUsing(WallRotationForm rotation)
    {
        if (_displays is null || rotation.SavedName is null)
        {
            return [];
        }

        var saved = Saved;
        return _displays.Where(d => d.RevokedAt is null && string.Equals(saved.RotationFor(d.Rotation).Name, rotation.SavedName, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private string DisplaysText(WallRotationForm rotation)
    {
        if (_displays is null)
        {
            return "\u2014";
        }

        var users = DisplaysUsing(rotation);
        return users.Count switch
        {
            0 => "None",
            <= 2 => string.Join(", ", users.Select(d => d.Name)),
            _ => $"{users[0].Name} and {users.Count - 1} more",
        };
    }

    private static string DisplayCount(int count) => count == 1 ? "1 display" : $"{count} displays";

    private string? RenameNote(WallRotationForm rotation)
    {
        var users = DisplaysUsing(rotation).Count(d => d.Rotation is not null);
        return rotation.IsRenamed && users > 0
            ? $"Renamed from \u201c{rotation.SavedName}\u201d: {DisplayCount(users)} naming it will follow the new name when you save."
            : null;
    }

    private static string PreviewSummary(WallRotationForm rotation)
    {
        var panels = rotation.Panels.Count == 1 ? "1 panel" : $"{rotation.Panels.Count} panels";
        var names = rotation.HideCustomerNames ? "customer names hidden" : "customer names shown";
        return $"{panels}, {WallRotationText.Seconds(rotation.IntervalSeconds)} each: a full cycle takes {WallRotationText.Seconds(rotation.CycleSeconds)}; {names}.";
    }

    /// <summary>Where an error path points, in words: "“Reception”: interval seconds".</summary>
    private string PlaceOf(string field)
    {
        var match = PathPattern().Match(field);
        if (!match.Success)
        {
            return field switch
            {
                DefaultPath => "Default rotation",
                StalePath => "Stale after",
                RotationsPath => "Rotations",
                CommentPath => "Comment",
                ConfigurationSaveResult.VersionConflictField => "Version",
                _ => field,
            };
        }

        var r = int.Parse(match.Groups["r"].Value, CultureInfo.InvariantCulture);
        var rotation = r < _form.Rotations.Count ? _form.Rotations[r] : null;
        var name = string.IsNullOrWhiteSpace(rotation?.Name) ? $"Rotation {r + 1}" : $"\u201c{rotation.Name.Trim()}\u201d";
        if (match.Groups["p"].Success)
        {
            var p = int.Parse(match.Groups["p"].Value, CultureInfo.InvariantCulture);
            var panel = rotation is not null && p < rotation.Panels.Count ? WallRotationText.Title(rotation.Panels[p]) : $"panel {p + 1}";
            return $"{name}, panel {p + 1} ({panel})";
        }

        return $"{name}: {match.Groups["rest"].Value.TrimStart('.').Replace('_', ' ')}";
    }

    private WallRotationForm? RotationOf(string field)
    {
        var match = PathPattern().Match(field);
        return match.Success && int.Parse(match.Groups["r"].Value, CultureInfo.InvariantCulture) is var r && r < _form.Rotations.Count
            ? _form.Rotations[r]
            : null;
    }

    [GeneratedRegex(@"^wall_displays\.rotations\[(?<r>\d+)\](\.panels\[(?<p>\d+)\])?(?<rest>.*)$")]
    private static partial Regex PathPattern();

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
