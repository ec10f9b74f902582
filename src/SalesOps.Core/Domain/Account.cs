namespace SalesOps.Core.Domain;

/// <summary>A customer company with its commercial facts and its support picture.</summary>
public class Account : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Domain { get; set; } = "";
    public string Industry { get; set; } = "";
    public Segment Segment { get; set; }
    public Region Region { get; set; }
    public string Plan { get; set; } = "";
    public PlanLimits Limits { get; set; } = new();
    public decimal Arr { get; set; }
    public DateOnly ContractStart { get; set; }
    public DateOnly RenewalDate { get; set; }
    public Lifecycle Lifecycle { get; set; }
    public int? OwnerId { get; set; }
    public TeamMember? Owner { get; set; }
    public int? CsmId { get; set; }
    public TeamMember? Csm { get; set; }
    public string? CrmId { get; set; }
    public string? HelpDeskOrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    // Support fields that people set.
    public SupportTier SupportTier { get; set; }
    public int? PrimarySupportContactId { get; set; }
    public Contact? PrimarySupportContact { get; set; }

    // Support fields derived from tickets (SupportFieldsCalculator); kept on the row so lists can sort and
    // filter on them, refreshed whenever the account's tickets change.
    public DerivedSupportFields Support { get; set; } = new();

    /// <summary>The latest health snapshot's result (see <see cref="HealthSnapshot"/>).</summary>
    public CurrentHealth Health { get; set; } = new();

    public Guid Version { get; set; }

    public List<Contact> Contacts { get; set; } = [];
    public List<Opportunity> Opportunities { get; set; } = [];
    public List<Activity> Activities { get; set; } = [];
    public List<SupportTicket> Tickets { get; set; } = [];
    public List<UsageSnapshot> Usage { get; set; } = [];
    public List<RevenueEvent> RevenueEvents { get; set; } = [];
    public List<HealthSnapshot> HealthSnapshots { get; set; } = [];
}
