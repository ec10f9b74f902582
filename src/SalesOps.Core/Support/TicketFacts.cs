using SalesOps.Core.Domain;

namespace SalesOps.Core.Support;

/// <summary>The parts of a ticket that the support fields depend on.</summary>
public sealed record TicketFacts(
    TicketStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? SolvedAt,
    SatisfactionRating Satisfaction,
    DateTimeOffset? EscalatedAt)
{
    public static TicketFacts From(SupportTicket t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Status, t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.SolvedAt, t.Satisfaction, t.EscalatedAt);
    }
}
