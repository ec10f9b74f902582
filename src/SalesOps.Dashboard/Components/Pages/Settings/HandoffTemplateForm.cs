using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>
/// A handoff template as the page edits it. Items stay in checklist order (by stage, then as listed), so an item's
/// position here is its index in the saved template and in validation errors.
/// </summary>
public sealed class HandoffTemplateForm
{
    private static int _lastId;

    public int RowId { get; } = Interlocked.Increment(ref _lastId);

    public string Name { get; set; } = "";

    /// <summary>The name and version it was loaded with; null for a template added on the page.</summary>
    public string? SavedName { get; init; }

    public int? SavedVersion { get; init; }

    public List<HandoffItemForm> Items { get; init; } = [];

    public static HandoffTemplateForm From(HandoffTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new()
        {
            Name = template.Name, SavedName = template.Name, SavedVersion = template.Version,
            Items = [.. template.Ordered().Select(HandoffItemForm.From)],
        };
    }

    /// <summary>A new template with copies of this one's items.</summary>
    public HandoffTemplateForm CopyAs(string name) => new() { Name = name, Items = [.. Items.Select(i => i.Copy())] };

    public HandoffTemplate ToTemplate() => new()
    {
        Name = Name.Trim(), Version = SavedVersion ?? 1, Items = [.. Items.Select(i => i.ToDefinition())],
    };

    public bool CanMoveUp(int index) => index > 0 || Items[index].Stage > FirstStage;

    public bool CanMoveDown(int index) => index < Items.Count - 1 || Items[index].Stage < LastStage;

    /// <summary>Up one place within its stage; the first of a stage becomes the last of the stage before.</summary>
    public void MoveUp(int index)
    {
        var item = Items[index];
        if (index > 0 && Items[index - 1].Stage == item.Stage)
        {
            (Items[index - 1], Items[index]) = (item, Items[index - 1]);
        }
        else if (item.Stage > FirstStage)
        {
            // Everything before it is in an earlier stage, so in place it is now the last of the stage before.
            item.Stage--;
        }
    }

    /// <summary>Down one place within its stage; the last of a stage becomes the first of the stage after.</summary>
    public void MoveDown(int index)
    {
        var item = Items[index];
        if (index < Items.Count - 1 && Items[index + 1].Stage == item.Stage)
        {
            (Items[index + 1], Items[index]) = (item, Items[index + 1]);
        }
        else if (item.Stage < LastStage)
        {
            item.Stage++;
        }
    }

    /// <summary>Adds <paramref name="item"/> as the last of its stage.</summary>
    public void Add(HandoffItemForm item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var at = Items.FindLastIndex(i => i.Stage <= item.Stage) + 1;
        Items.Insert(at, item);
    }

    public void RemoveAt(int index) => Items.RemoveAt(index);

    private static HandoffStage FirstStage => Enum.GetValues<HandoffStage>().Min();

    private static HandoffStage LastStage => Enum.GetValues<HandoffStage>().Max();
}
