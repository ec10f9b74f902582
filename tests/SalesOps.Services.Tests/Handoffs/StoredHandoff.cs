using SalesOps.Core.Domain;

namespace SalesOps.Services.Tests.Handoffs;

/// <summary>A handoff as another connection reads it (see <see cref="CommittedStateEventBus"/>).</summary>
internal sealed record StoredHandoff(int AccountId, HandoffStage Stage, HandoffStatus Status, Guid Version, string? GoalsAndUseCase, DateTimeOffset? IntroductionEmailSentAt);
