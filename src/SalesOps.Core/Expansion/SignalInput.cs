using SalesOps.Core.Domain;

namespace SalesOps.Core.Expansion;

/// <summary>What a person (or a help-desk integration) says when logging an expansion signal.</summary>
public sealed record SignalInput(
    int AccountId,
    ExpansionTrigger Trigger,
    string? Context,
    string? CustomerWords = null,
    Sentiment Sentiment = Sentiment.Positive,
    long? TicketId = null,
    decimal? EstimatedArr = null);
