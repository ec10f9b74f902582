using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>One checklist item as the templates page edits it.</summary>
public sealed class HandoffItemForm
{
    private static int _lastId;

    /// <summary>Stable identity for rendering while rows move (not stored).</summary>
    public int RowId { get; } = Interlocked.Increment(ref _lastId);

    public HandoffStage Stage { get; set; }

    public string Key { get; private set; } = "";

    public string Label { get; private set; } = "";

    public ChecklistItemKind Kind { get; set; }

    public bool Required { get; set; }

    public int? DueOffsetDays { get; set; }

    /// <summary>Added on this page and not saved yet: its key follows its label until someone types a key.</summary>
    public bool IsNew { get; init; }

    public bool KeyEdited { get; private set; }

    public static HandoffItemForm From(ChecklistItemDefinition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            Stage = item.Stage, Key = item.Key, Label = item.Label, Kind = item.Kind, Required = item.Required, DueOffsetDays = item.DueOffsetDays,
        };
    }

    public static HandoffItemForm New(HandoffStage stage, string label, string? key, ChecklistItemKind kind, bool required, int? dueOffsetDays)
    {
        var item = new HandoffItemForm { Stage = stage, Kind = kind, Required = required, DueOffsetDays = dueOffsetDays, IsNew = true };
        item.SetLabel(label);
        if (!string.IsNullOrWhiteSpace(key) && key != item.Key)
        {
            item.SetKey(key);
        }

        return item;
    }

    public void SetLabel(string? label)
    {
        Label = label ?? "";
        if (IsNew && !KeyEdited)
        {
            Key = ChecklistKeys.FromLabel(Label);
        }
    }

    public void SetKey(string? key)
    {
        Key = key ?? "";
        KeyEdited = true;
    }

    public HandoffItemForm Copy() => new()
    {
        Stage = Stage, Key = Key, Label = Label, Kind = Kind, Required = Required, DueOffsetDays = DueOffsetDays, IsNew = IsNew, KeyEdited = KeyEdited,
    };

    public ChecklistItemDefinition ToDefinition() => new(Stage, Key.Trim(), Label.Trim(), Kind, Required, DueOffsetDays);
}
