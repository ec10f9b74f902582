using SalesOps.Core.Domain;
using SalesOps.Core.Support;

namespace SalesOps.Core.Tests.Support;

public class SupportFieldsCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static TicketFacts Ticket(
        TicketStatus status = TicketStatus.Open,
        double createdDaysAgo = 10,
        double? solvedDaysAgo = null,
        SatisfactionRating satisfaction = SatisfactionRating.NotOffered,
        double? escalatedDaysAgo = null,
        double? updatedDaysAgo = null)
    {
        var created = Now.AddDays(-createdDaysAgo);
        DateTimeOffset? solved = solvedDaysAgo is { } s ? Now.AddDays(-s) : null;
        return new TicketFacts(status, created, updatedDaysAgo is { } u ? Now.AddDays(-u) : solved ?? created, null, solved, satisfaction,
            escalatedDaysAgo is { } e ? Now.AddDays(-e) : null);
    }

    [Fact]
    public void No_tickets_gives_empty_fields_without_csat()
    {
        var fields = SupportFieldsCalculator.Derive([], Now);

        Assert.Equal(0, fields.OpenTicketCount);
        Assert.Null(fields.CsatLast90Days);
        Assert.Equal(0, fields.CsatResponsesLast90Days);
        Assert.Null(fields.LastInteractionAt);
        Assert.Equal(0, fields.EscalationCount);
        Assert.False(fields.HasOpenEscalation);
        Assert.Equal(Now, fields.ComputedAt);
    }

    [Theory]
    [InlineData(TicketStatus.New, 1)]
    [InlineData(TicketStatus.Open, 1)]
    [InlineData(TicketStatus.Pending, 1)]
    [InlineData(TicketStatus.OnHold, 1)]
    [InlineData(TicketStatus.Solved, 0)]
    [InlineData(TicketStatus.Closed, 0)]
    public void Open_ticket_count_counts_every_status_except_solved_and_closed(TicketStatus status, int expected)
    {
        var fields = SupportFieldsCalculator.Derive([Ticket(status, solvedDaysAgo: status >= TicketStatus.Solved ? 1 : null)], Now);

        Assert.Equal(expected, fields.OpenTicketCount);
    }

    [Fact]
    public void Csat_is_share_of_good_ratings_among_rated_tickets_solved_in_last_90_days()
    {
        TicketFacts[] tickets =
        [
            Ticket(TicketStatus.Solved, 20, 10, SatisfactionRating.Good),
            Ticket(TicketStatus.Solved, 20, 11, SatisfactionRating.Good),
            Ticket(TicketStatus.Closed, 30, 25, SatisfactionRating.Bad),
            Ticket(TicketStatus.Solved, 30, 26, SatisfactionRating.Offered),   // offered, not answered: not rated
            Ticket(TicketStatus.Solved, 30, 27, SatisfactionRating.NotOffered),
            Ticket(TicketStatus.Solved, 200, 120, SatisfactionRating.Bad),      // outside the window
        ];

        var fields = SupportFieldsCalculator.Derive(tickets, Now);

        Assert.Equal(3, fields.CsatResponsesLast90Days);
        Assert.Equal(66.7m, fields.CsatLast90Days);
    }

    [Theory]
    [InlineData(89.9, true)]
    [InlineData(90.1, false)]
    public void Csat_window_is_90_days_back_from_now(double solvedDaysAgo, bool counted)
    {
        var fields = SupportFieldsCalculator.Derive([Ticket(TicketStatus.Solved, 100, solvedDaysAgo, SatisfactionRating.Good)], Now);

        Assert.Equal(counted ? 100m : null, fields.CsatLast90Days);
    }

    [Fact]
    public void Rating_on_an_unsolved_ticket_does_not_count()
    {
        var fields = SupportFieldsCalculator.Derive([Ticket(TicketStatus.Open, 5, null, SatisfactionRating.Bad)], Now);

        Assert.Null(fields.CsatLast90Days);
    }

    [Fact]
    public void Last_interaction_is_the_latest_moment_anything_happened_on_any_ticket()
    {
        var old = Ticket(TicketStatus.Solved, 50, 40);
        var recentlyUpdated = Ticket(TicketStatus.Open, 30, updatedDaysAgo: 2);

        var fields = SupportFieldsCalculator.Derive([old, recentlyUpdated], Now);

        Assert.Equal(Now.AddDays(-2), fields.LastInteractionAt);
    }

    [Fact]
    public void Last_interaction_uses_solved_time_when_it_is_later_than_updated()
    {
        var t = new TicketFacts(TicketStatus.Solved, Now.AddDays(-9), Now.AddDays(-8), Now.AddDays(-7), Now.AddDays(-3), SatisfactionRating.NotOffered, null);

        Assert.Equal(Now.AddDays(-3), SupportFieldsCalculator.Derive([t], Now).LastInteractionAt);
    }

    [Fact]
    public void Escalation_history_counts_all_and_recent_escalations_and_flags_open_ones()
    {
        TicketFacts[] tickets =
        [
            Ticket(TicketStatus.Solved, 300, 290, escalatedDaysAgo: 299),
            Ticket(TicketStatus.Closed, 60, 50, escalatedDaysAgo: 59),
            Ticket(TicketStatus.Open, 5, escalatedDaysAgo: 4),
            Ticket(TicketStatus.Open, 3),
        ];

        var fields = SupportFieldsCalculator.Derive(tickets, Now);

        Assert.Equal(3, fields.EscalationCount);
        Assert.Equal(2, fields.EscalationsLast90Days);
        Assert.Equal(Now.AddDays(-4), fields.LastEscalationAt);
        Assert.True(fields.HasOpenEscalation);
    }

    [Fact]
    public void Solved_escalation_is_history_not_an_open_escalation()
    {
        var fields = SupportFieldsCalculator.Derive([Ticket(TicketStatus.Solved, 10, 2, escalatedDaysAgo: 9)], Now);

        Assert.Equal(1, fields.EscalationCount);
        Assert.False(fields.HasOpenEscalation);
    }

    [Fact]
    public void Ticket_facts_are_taken_from_a_ticket_entity()
    {
        var ticket = new SupportTicket
        {
            Status = TicketStatus.Pending,
            CreatedAt = Now.AddDays(-3),
            UpdatedAt = Now.AddDays(-1),
            FirstResponseAt = Now.AddDays(-2),
            Satisfaction = SatisfactionRating.Offered,
            EscalatedAt = Now.AddDays(-2),
        };

        var facts = TicketFacts.From(ticket);

        Assert.Equal(new TicketFacts(TicketStatus.Pending, Now.AddDays(-3), Now.AddDays(-1), Now.AddDays(-2), null, SatisfactionRating.Offered, Now.AddDays(-2)), facts);
    }
}
