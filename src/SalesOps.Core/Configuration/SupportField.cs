namespace SalesOps.Core.Configuration;

/// <summary>The brief's custom fields for support integration (DESIGN.md: Account support fields).</summary>
public enum SupportField
{
    SupportTier,
    PrimarySupportContact,
    SupportSatisfactionScore,
    OpenTicketCount,
    LastSupportInteractionDate,
    EscalationHistory,
}
