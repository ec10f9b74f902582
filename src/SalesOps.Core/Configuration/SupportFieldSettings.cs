namespace SalesOps.Core.Configuration;

/// <summary>
/// How one support field is shown and which help-desk field it is exchanged with. Tier and primary contact are set by
/// people; the others are derived from tickets (<see cref="IsDerived"/>) and cannot be made editable.
/// </summary>
public sealed record SupportFieldSettings
{
    public SupportField Field { get; init; }

    public string Label { get; init; } = "";

    /// <summary>The field's name in the help desk (custom field or organisation attribute) that integrations map to.</summary>
    public string HelpDeskField { get; init; } = "";

    /// <summary>Shown on the account page's support card.</summary>
    public bool Visible { get; init; } = true;

    public bool IsDerived => Field is not (SupportField.SupportTier or SupportField.PrimarySupportContact);
}
