namespace SalesOps.Core.Domain;

/// <summary>
/// A sales → success handoff for a won deal: the checklist items copied from the template version it started with,
/// and the information transferred as structured data.
/// </summary>
public class Handoff : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public int OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public int? OwnerId { get; set; }
    public TeamMember? Owner { get; set; }
    public int? CsmId { get; set; }
    public TeamMember? Csm { get; set; }
    public HandoffStage Stage { get; set; }
    public HandoffStatus Status { get; set; }
    public string TemplateName { get; set; } = "";
    public int TemplateVersion { get; set; }
    public DateTimeOffset ClosedWonAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? KickoffAt { get; set; }
    public DateTimeOffset? TransitionMeetingAt { get; set; }
    public DateOnly? SalesInvolvedUntil { get; set; }
    public DateTimeOffset? IntroductionEmailSentAt { get; set; }
    /// <summary>Who recorded the introduction email as sent, and how (through the app's mail server or by hand).</summary>
    public string? IntroductionEmailSentBy { get; set; }
    public bool IntroductionEmailSentBySmtp { get; set; }
    /// <summary>When the day-30 reminders to sales and the CSM went out (once).</summary>
    public DateTimeOffset? SalesReminderSentAt { get; set; }
    public string? GoalsAndUseCase { get; set; }
    public string? TechnicalRequirements { get; set; }
    public string? SpecialTerms { get; set; }
    public string? NextSteps { get; set; }
    public Guid Version { get; set; }
    public List<HandoffItem> Items { get; set; } = [];
    public List<HandoffDeliverable> Deliverables { get; set; } = [];
    public List<HandoffStakeholder> Stakeholders { get; set; } = [];
}
