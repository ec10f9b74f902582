using SalesOps.Core.Domain;
using SalesOps.Core.Health;

namespace SalesOps.Services.Health;

/// <summary>
/// What the health job read about one account as of an instant: the model's inputs, when the open escalation (if
/// any) began, and the ARR at that instant.
/// </summary>
internal sealed record AccountHealthInputs(int AccountId, HealthInputs Inputs, DateTimeOffset? OpenEscalationSince, decimal Arr, SupportTier Tier);
