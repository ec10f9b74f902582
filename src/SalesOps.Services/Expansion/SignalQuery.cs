using SalesOps.Core.Domain;

namespace SalesOps.Services.Expansion;

/// <summary>Which signals a list shows; open ones by default, newest first.</summary>
public sealed record SignalQuery
{
    /// <summary>Open signals only (the default), or one status, or every status when <see cref="AllStatuses"/>.</summary>
    public SignalStatus? Status { get; init; }
    public bool AllStatuses { get; init; }
    public ExpansionTrigger? Trigger { get; init; }
    public SignalSource? Source { get; init; }
    public int? AccountId { get; init; }
    public int? AccountManagerId { get; init; }
    public bool AcknowledgementOverdueOnly { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 50;
}
