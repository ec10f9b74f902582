namespace SalesOps.Core.Handoffs;

/// <summary>The introduction e-mail of a handoff: to the customer's stakeholders, copying sales and the CSM.</summary>
public sealed record IntroductionEmailDraft(
    IReadOnlyList<EmailRecipient> To,
    IReadOnlyList<EmailRecipient> Cc,
    string Subject,
    string Body);
