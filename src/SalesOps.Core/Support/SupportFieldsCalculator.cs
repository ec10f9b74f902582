using SalesOps.Core.Domain;

namespace SalesOps.Core.Support;

/// <summary>
/// Derives an account's support fields from its tickets. This is the only definition of these fields: the
/// stored copy on the account and the account page both come from here.
/// </summary>
public static class SupportFieldsCalculator
{
    public const int CsatWindowDays = 90;

    public static DerivedSupportFields Derive(IEnumerable<TicketFacts> tickets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        var windowStart = now.AddDays(-CsatWindowDays);
        var result = new DerivedSupportFields { ComputedAt = now };
        int good = 0, rated = 0;

        foreach (var t in tickets)
        {
            if (t.Status is not (TicketStatus.Solved or TicketStatus.Closed))
            {
                result.OpenTicketCount++;
            }

            var last = Latest(t.CreatedAt, t.UpdatedAt, t.FirstResponseAt, t.SolvedAt);
            if (result.LastInteractionAt is null || last > result.LastInteractionAt)
            {
                result.LastInteractionAt = last;
            }

            // CSAT counts the tickets solved inside the window that the customer actually rated.
            if (t.SolvedAt is { } solved && solved > windowStart && solved <= now
                && t.Satisfaction is SatisfactionRating.Good or SatisfactionRating.Bad)
            {
                rated++;
                if (t.Satisfaction == SatisfactionRating.Good)
                {
                    good++;
                }
            }

            if (t.EscalatedAt is { } escalated)
            {
                result.EscalationCount++;
                if (escalated > windowStart && escalated <= now)
                {
                    result.EscalationsLast90Days++;
                }

                if (result.LastEscalationAt is null || escalated > result.LastEscalationAt)
                {
                    result.LastEscalationAt = escalated;
                }

                if (t.Status is not (TicketStatus.Solved or TicketStatus.Closed))
                {
                    result.HasOpenEscalation = true;
                }
            }
        }

        result.CsatResponsesLast90Days = rated;
        result.CsatLast90Days = rated == 0 ? null : Math.Round(100m * good / rated, 1);
        return result;
    }

    private static DateTimeOffset Latest(DateTimeOffset created, DateTimeOffset updated, DateTimeOffset? firstResponse, DateTimeOffset? solved)
    {
        var latest = created > updated ? created : updated;
        if (firstResponse > latest)
        {
            latest = firstResponse.Value;
        }

        if (solved > latest)
        {
            latest = solved.Value;
        }

        return latest;
    }
}
