using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>An account with open escalated tickets: how many, and since when the oldest of them is escalated.</summary>
public sealed record EscalatedAccount(int AccountId, string Name, SupportTier Tier, decimal Arr, int Escalations, DateTimeOffset EscalatedSince);
