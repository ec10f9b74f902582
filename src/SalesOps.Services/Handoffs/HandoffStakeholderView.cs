using SalesOps.Core.Domain;

namespace SalesOps.Services.Handoffs;

/// <summary>A customer contact named in the handoff.</summary>
public sealed record HandoffStakeholderView(int ContactId, string Name, string? Title, string? Email, ContactRole Role, bool IsDecisionMaker);
