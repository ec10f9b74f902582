using SalesOps.Core.Domain;

namespace SalesOps.Services.Analytics;

/// <summary>One expansion signal as a list of the latest shows it.</summary>
public sealed record RecentSignal(int SignalId, int AccountId, string AccountName, ExpansionTrigger Trigger, SignalSource Source, DateTimeOffset LoggedAt);
