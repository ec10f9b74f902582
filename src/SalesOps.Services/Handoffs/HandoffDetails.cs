using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;
using SalesOps.Services.Accounts;

namespace SalesOps.Services.Handoffs;

/// <summary>Everything the wizard shows and edits. <see cref="Version"/> goes back with every save.</summary>
public sealed record HandoffDetails
{
    public required int Id { get; init; }
    public required Guid Version { get; init; }
    public required int AccountId { get; init; }
    public required string AccountName { get; init; }
    public required Segment Segment { get; init; }
    public required int DealId { get; init; }
    public required string DealName { get; init; }
    public required decimal DealAmount { get; init; }
    public required DateOnly ClosedOn { get; init; }
    public required DateTimeOffset ClosedWonAt { get; init; }
    public required HandoffStage Stage { get; init; }
    public required HandoffStatus Status { get; init; }
    public required string TemplateName { get; init; }
    public required int TemplateVersion { get; init; }
    public int? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public int? CsmId { get; init; }
    public string? CsmName { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? KickoffAt { get; init; }
    public DateTimeOffset? TransitionMeetingAt { get; init; }
    public DateOnly? SalesInvolvedUntil { get; init; }
    public DateTimeOffset? IntroductionEmailSentAt { get; init; }
    public string? IntroductionEmailSentBy { get; init; }
    public bool IntroductionEmailSentBySmtp { get; init; }
    public string? GoalsAndUseCase { get; init; }
    public string? TechnicalRequirements { get; init; }
    public string? SpecialTerms { get; init; }
    public string? NextSteps { get; init; }
    public required HandoffSla Sla { get; init; }
    public required int SalesInvolvementDays { get; init; }
    public required IReadOnlyList<HandoffItemView> Items { get; init; }
    public required IReadOnlyList<HandoffDeliverableView> Deliverables { get; init; }
    public required IReadOnlyList<HandoffStakeholderView> Stakeholders { get; init; }
    public required IReadOnlyList<ContactOption> AccountContacts { get; init; }
    public required IReadOnlyList<TeamMemberOption> SuccessTeam { get; init; }

    /// <summary>Labels of the current stage's required items that are not done (empty when the stage can be completed).</summary>
    public required IReadOnlyList<string> MissingForStage { get; init; }

    public bool IsOpen => Status == HandoffStatus.InProgress;
}
