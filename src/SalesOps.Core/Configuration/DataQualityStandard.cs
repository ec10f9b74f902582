namespace SalesOps.Core.Configuration;

/// <summary>The brief's data-quality standards (DESIGN.md).</summary>
public enum DataQualityStandard
{
    ContactInformationComplete,
    AccountsProperlySegmented,
    ActivitiesLoggedConsistently,
    OpportunityStagesAccurate,
    TicketsLinkedToAccounts,
}
