using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;
using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Dashboard.Components.Shared;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// Ops managers edit the handoff templates (items, order, required), which template new handoffs use, the completion
/// SLA and the sales-involvement window, and save them as the next configuration version with the rest of the
/// configuration unchanged. The configuration's own validation runs on every change and each message sits on the
/// row and field it names.
/// </summary>
public sealed partial class HandoffTemplates : IDisposable
{
    public const string SlaPath = "handoffs.completion_sla_days";
    public const string InvolvementPath = "handoffs.sales_involvement_days";
    public const string DefaultPath = "handoffs.default_template";
    public const string TemplatesPath = "handoffs.templates";
    private const string CommentPath = "comment";

    private readonly CancellationTokenSource _disposed = new();
    private CurrentCrmConfiguration? _current;
    private IReadOnlyList<ConfigurationVersionInfo> _versions = [];
    private HandoffTemplatesForm _form = new();
    private HandoffTemplateForm? _selected;
    private CrmConfiguration? _candidate;
    private string? _comment;
    private IReadOnlyList<ConfigurationError> _errors = [];
    private IReadOnlyList<ConfigurationError> _refused = [];
    private bool _saving;
    private NewItem _new = new();

    [Inject]
    private ICrmConfigurationService Configuration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [CascadingParameter]
    private BrowserTime Time { get; set; } = BrowserTime.Utc;

    private bool Loaded => _current is not null;

    private HandoffSettings Saved => _current?.Configuration.Handoffs ?? new HandoffSettings();

    private bool Dirty => Loaded && !HandoffTemplatesForm.Same(_form.ToSettings(), Saved);

    private bool CanSave => Dirty && _errors.Count == 0 && !_saving;

    private ConfigurationVersionInfo? CurrentVersion => _versions.FirstOrDefault(v => v.Version == _current?.Version);

    private IEnumerable<ConfigurationError> AllErrors => _errors.Concat(_refused).DistinctBy(e => (e.Field, e.Message));

    private bool HasVersionConflict => _refused.Any(e => e.Field == ConfigurationSaveResult.VersionConflictField);

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _current = await Configuration.GetCurrentAsync(_disposed.Token);
        _versions = await Configuration.ListVersionsAsync(_disposed.Token);
        var selectedIndex = _selected is null ? -1 : _form.Templates.IndexOf(_selected);
        _form = HandoffTemplatesForm.From(_current.Configuration.Handoffs);
        _selected = selectedIndex >= 0 && selectedIndex < _form.Templates.Count ? _form.Templates[selectedIndex] : _form.Default ?? _form.Templates.FirstOrDefault();
        _new = new();
        Changed();
    }

    /// <summary>
    /// The whole configuration as it would be saved: the one in force with this page's handoff section, every template
    /// whose items changed raised to its next version (new templates start at 1).
    /// </summary>
    private CrmConfiguration Candidate() =>
        (_current?.Configuration ?? CrmConfiguration.Default) with { Handoffs = _form.ToSettings().WithVersionsAfter(Saved) };

    // The same validation the service runs on save (pure, in Core), so each message appears as the change is made.
    private void Changed()
    {
        _candidate = Candidate();
        _errors = _candidate.Validate();
        _refused = [];
    }

    private int IndexOf(HandoffTemplateForm template) => _form.Templates.IndexOf(template);

    private static string TemplatePath(int template) => $"{TemplatesPath}[{template}]";

    private static string ItemPath(int template, int item, string field) => $"{TemplatePath(template)}.items[{item}].{field}";

    private bool HasError(string path) => AllErrors.Any(e => e.Field == path);

    private string? ErrorText(string path) =>
        HasError(path) ? string.Join(" ", AllErrors.Where(e => e.Field == path).Select(e => e.Message)) : null;

    private int ErrorCount(HandoffTemplateForm template)
    {
        var prefix = TemplatePath(IndexOf(template));
        return AllErrors.Count(e => e.Field == prefix || e.Field.StartsWith(prefix + ".", StringComparison.Ordinal));
    }

    private bool RowHasError(int template, int item)
    {
        var prefix = $"{TemplatePath(template)}.items[{item}].";
        return AllErrors.Any(e => e.Field.StartsWith(prefix, StringComparison.Ordinal));
    }

    // ---- settings ----

    private void SetSla(int days)
    {
        _form.CompletionSlaDays = days;
        Changed();
    }

    private void SetInvolvement(int days)
    {
        _form.SalesInvolvementDays = days;
        Changed();
    }

    private void MakeDefault(HandoffTemplateForm template)
    {
        _form.Default = template;
        Changed();
    }

    // ---- templates ----

    private void Select(HandoffTemplateForm template)
    {
        _selected = template;
        _new = new();
    }

    private void Copy(HandoffTemplateForm template)
    {
        _selected = _form.AddCopyOf(template);
        _new = new();
        Changed();
    }

    private async Task RemoveTemplateAsync(HandoffTemplateForm template)
    {
        if (template == _form.Default)
        {
            return;
        }

        var remove = await Dialogs.ShowMessageBoxAsync(
            $"Remove the template \u201c{template.Name}\u201d?",
            "Handoffs already started from it keep their checklist. New handoffs cannot use it once you save.",
            yesText: "Remove",
            cancelText: "Keep it");
        if (remove != true)
        {
            return;
        }

        _form.Templates.Remove(template);
        if (_selected == template)
        {
            _selected = _form.Default ?? _form.Templates.FirstOrDefault();
        }

        Changed();
    }

    private void Rename(HandoffTemplateForm template, string? name)
    {
        template.Name = name ?? "";
        Changed();
    }

    // ---- items ----

    private void SetLabel(HandoffItemForm item, string? label)
    {
        item.SetLabel(label);
        Changed();
    }

    private void SetKey(HandoffItemForm item, string? key)
    {
        item.SetKey(key);
        Changed();
    }

    private void SetKind(HandoffItemForm item, ChecklistItemKind kind)
    {
        item.Kind = kind;
        Changed();
    }

    private void SetRequired(HandoffItemForm item, bool required)
    {
        item.Required = required;
        Changed();
    }

    private void SetDue(HandoffItemForm item, int? days)
    {
        item.DueOffsetDays = days;
        Changed();
    }

    private void MoveUp(HandoffTemplateForm template, int index)
    {
        template.MoveUp(index);
        Changed();
    }

    private void MoveDown(HandoffTemplateForm template, int index)
    {
        template.MoveDown(index);
        Changed();
    }

    private void RemoveItem(HandoffTemplateForm template, int index)
    {
        template.RemoveAt(index);
        Changed();
    }

    private void AddItem(HandoffTemplateForm template)
    {
        if (string.IsNullOrWhiteSpace(_new.Label))
        {
            return;
        }

        template.Add(HandoffItemForm.New(_new.Stage, _new.Label.Trim(), _new.KeyEdited ? _new.Key : null, _new.Kind, _new.Required, _new.DueOffsetDays));
        _new = new() { Stage = _new.Stage };
        Changed();
    }

    private void SetNewLabel(string? label)
    {
        _new.Label = label ?? "";
        if (!_new.KeyEdited)
        {
            _new.Key = ChecklistKeys.FromLabel(_new.Label);
        }
    }

    private void SetNewKey(string? key)
    {
        _new.Key = key ?? "";
        _new.KeyEdited = !string.IsNullOrWhiteSpace(key);
        if (!_new.KeyEdited)
        {
            _new.Key = ChecklistKeys.FromLabel(_new.Label);
        }
    }

    // ---- save ----

    /// <summary>Saves the page as the next configuration version; refused (nothing stored) with each field's message.</summary>
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
            var result = await Configuration.SaveAsync(_candidate!, _comment, _current!.Version, _disposed.Token);
            if (!result.Succeeded)
            {
                _refused = result.Errors;
                Snackbar.Add(NotSavedText(result.Errors.Count), Severity.Error);
                return;
            }

            Snackbar.Add($"Saved as version {result.Version}. New handoffs use these templates; handoffs in flight keep theirs.", Severity.Success);
            _comment = null;
            await LoadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private static string NotSavedText(int errors) =>
        errors == 1 ? "Not saved: one field needs fixing." : $"Not saved: {errors} fields need fixing.";

    private void Discard()
    {
        var selectedIndex = _selected is null ? -1 : IndexOf(_selected);
        _form = HandoffTemplatesForm.From(Saved);
        _selected = selectedIndex >= 0 && selectedIndex < _form.Templates.Count ? _form.Templates[selectedIndex] : _form.Default ?? _form.Templates.FirstOrDefault();
        _new = new();
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
            "Your changes to the handoff templates are not saved. If you leave now they are lost.",
            yesText: "Leave",
            cancelText: "Stay");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    // ---- words ----

    /// <summary>What the template's version will be: unchanged, raised on save, or new.</summary>
    private string VersionText(HandoffTemplateForm template)
    {
        var index = IndexOf(template);
        var next = _candidate?.Handoffs.Templates.ElementAtOrDefault(index)?.Version;
        if (template.SavedVersion is not { } saved)
        {
            return "new \u00b7 version 1 when saved";
        }

        if (!string.Equals(template.Name.Trim(), template.SavedName, StringComparison.OrdinalIgnoreCase))
        {
            return $"version {saved} \u00b7 renamed, so version {next ?? 1} when saved";
        }

        return next is { } n && n != saved ? $"version {saved} \u2192 {n} when saved" : $"version {saved}";
    }

    private static string StageText(HandoffStage stage) => stage switch
    {
        HandoffStage.PreHandoff => "Pre-handoff",
        HandoffStage.InformationTransfer => "Information transfer",
        _ => "Post-handoff",
    };

    private static string KindText(ChecklistItemKind kind) => kind switch
    {
        ChecklistItemKind.Check => "Check",
        ChecklistItemKind.Date => "Date",
        ChecklistItemKind.Person => "Person",
        ChecklistItemKind.Text => "Text",
        _ => "List",
    };

    /// <summary>Where an error path points, in words: "New customer onboarding, item 4 (Onboarding kickoff scheduled): key".</summary>
    private string PlaceOf(string field)
    {
        var match = PathPattern().Match(field);
        if (!match.Success)
        {
            return field switch
            {
                SlaPath => "Completion SLA",
                InvolvementPath => "Sales involvement",
                DefaultPath => "Default template",
                TemplatesPath => "Templates",
                CommentPath => "Comment",
                ConfigurationSaveResult.VersionConflictField => "Version",
                _ => field,
            };
        }

        var t = int.Parse(match.Groups["t"].Value, CultureInfo.InvariantCulture);
        var template = t < _form.Templates.Count ? _form.Templates[t] : null;
        var name = string.IsNullOrWhiteSpace(template?.Name) ? $"Template {t + 1}" : $"\u201c{template.Name.Trim()}\u201d";
        if (!match.Groups["i"].Success)
        {
            return $"{name}: {match.Groups["rest"].Value.TrimStart('.')}";
        }

        var i = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
        var item = template is not null && i < template.Items.Count ? template.Items[i] : null;
        var label = string.IsNullOrWhiteSpace(item?.Label) ? "no label" : item.Label.Trim();
        return $"{name}, item {i + 1} ({label}): {match.Groups["rest"].Value.TrimStart('.').Replace('_', ' ')}";
    }

    private HandoffTemplateForm? TemplateOf(string field)
    {
        var match = PathPattern().Match(field);
        return match.Success && int.Parse(match.Groups["t"].Value, CultureInfo.InvariantCulture) is var t && t < _form.Templates.Count
            ? _form.Templates[t]
            : null;
    }

    [GeneratedRegex(@"^handoffs\.templates\[(?<t>\d+)\](\.items\[(?<i>\d+)\])?(?<rest>.*)$")]
    private static partial Regex PathPattern();

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    /// <summary>The "add an item" row.</summary>
    private sealed class NewItem
    {
        public HandoffStage Stage { get; set; } = HandoffStage.PreHandoff;

        public string Label { get; set; } = "";

        public string Key { get; set; } = "";

        public bool KeyEdited { get; set; }

        public ChecklistItemKind Kind { get; set; } = ChecklistItemKind.Check;

        public bool Required { get; set; } = true;

        public int? DueOffsetDays { get; set; }
    }
}
