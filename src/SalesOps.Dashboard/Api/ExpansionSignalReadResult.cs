using SalesOps.Core.Expansion;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// A request body read as a signal: the input and the hash that identifies the request for idempotency, or every
/// field that is wrong (field name → messages), ready for a problem-details <c>errors</c> member.
/// </summary>
public sealed record ExpansionSignalReadResult(SignalInput? Input, string? RequestHash, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0 && Input is not null;
}
