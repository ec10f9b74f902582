using SalesOps.Core.Configuration;
using SalesOps.Core.Domain;

namespace SalesOps.Services.Accounts;

/// <summary>Everything the account page ("account 360") shows, read in one go.</summary>
public sealed record AccountDetails(
    int Id,
    string Name,
    string Domain,
    string Industry,
    Segment Segment,
    Region Region,
    string Plan,
    PlanLimitsView Limits,
    decimal Arr,
    DateOnly ContractStart,
    DateOnly RenewalDate,
    Lifecycle Lifecycle,
    string? OwnerName,
    string? CsmName,
    string? CrmId,
    SupportTier SupportTier,
    ContactView? PrimarySupportContact,
    DerivedSupportFields Support,
    IReadOnlyList<EscalationView> Escalations,
    IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<OpportunityView> Opportunities,
    IReadOnlyList<ActivityView> RecentActivities,
    IReadOnlyList<TicketView> Tickets,
    int TicketCount,
    IReadOnlyList<UsagePoint> Usage,
    Guid Version)
{
    /// <summary>Support tiers (labels, SLAs) and support fields (labels, shown or not) as configured.</summary>
    public SupportSettings SupportSettings { get; init; } = CrmConfiguration.Default.Support;
}

public sealed record PlanLimitsView(int Seats, long ApiCallsPerMonth, int StorageGb, int Projects);

public sealed record ContactView(int Id, string Name, string? Title, ContactRole Role, string? Email, string? Phone, string? Department);

public sealed record EscalationView(long TicketId, string? ExternalId, string Subject, DateTimeOffset EscalatedAt, string? Reason, bool IsOpen);

public sealed record OpportunityView(int Id, string Name, OpportunityType Type, OpportunityStage Stage, decimal Amount, DateOnly CloseDate, string? OwnerName, int StageChanges);

public sealed record ActivityView(long Id, ActivityType Type, string Subject, DateTimeOffset OccurredAt, string? ContactName, string? LoggedBy);

public sealed record TicketView(long Id, string? ExternalId, string Subject, TicketPriority Priority, TicketStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SolvedAt, SatisfactionRating Satisfaction, bool Escalated);

public sealed record UsagePoint(DateOnly PeriodStart, int ActiveUsers, int SeatsUsed, int SeatsLicensed, int DepartmentsActive, int AdvancedFeatureUsers);
