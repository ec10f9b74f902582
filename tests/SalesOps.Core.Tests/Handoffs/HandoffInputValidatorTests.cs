using SalesOps.Core.Domain;
using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class HandoffInputValidatorTests
{
    private static readonly DateOnly Closed = new(2026, 11, 2);
    private static readonly DateTimeOffset ClosedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<Validation.FieldError> Validate(HandoffInput input) =>
        HandoffInputValidator.Validate(input, Closed, "Acme", new HashSet<int> { 1, 2 },
            new Dictionary<int, (string, string)> { [9] = ("Nora Other", "Globex") }, new HashSet<int> { 5 },
            new Dictionary<string, ChecklistItemKind> { ["contract_signed"] = ChecklistItemKind.Check, ["go_live"] = ChecklistItemKind.Date });

    [Fact]
    public void A_complete_and_consistent_input_has_no_errors()
    {
        var input = new HandoffInput
        {
            CsmId = 5, KickoffAt = ClosedAt.AddDays(3), GoalsAndUseCase = "Faster close",
            Deliverables = [new DeliverableInput(null, "SSO", Closed.AddDays(10))],
            Stakeholders = [new StakeholderInput(1, ContactRole.DecisionMaker, true)],
            Items = new Dictionary<string, ItemInput> { ["contract_signed"] = new(true), ["go_live"] = new(false, "2026-12-01") },
        };

        Assert.Empty(Validate(input));
    }

    [Fact]
    public void A_deliverable_needs_a_description_and_a_date_not_before_the_close()
    {
        var errors = Validate(new HandoffInput
        {
            Deliverables = [new DeliverableInput(null, " ", Closed), new DeliverableInput(null, "Migration", null), new DeliverableInput(null, "Training", Closed.AddDays(-1))],
        });

        Assert.Equal(["deliverables[0].description", "deliverables[1].due_date", "deliverables[2].due_date"], errors.Select(e => e.Field));
        Assert.Contains("'Migration' needs a due date", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("before the deal closed (2 Nov 2026)", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stakeholders_must_be_the_accounts_own_contacts_once_each()
    {
        var errors = Validate(new HandoffInput
        {
            Stakeholders = [new StakeholderInput(9, ContactRole.Champion, false), new StakeholderInput(1, ContactRole.Champion, false),
                new StakeholderInput(1, ContactRole.Billing, false), new StakeholderInput(77, ContactRole.Billing, false)],
        });

        Assert.Equal(3, errors.Count);
        Assert.Equal("Nora Other is a contact of Globex, not of Acme: pick one of Acme's contacts or add them.", errors[0].Message);
        Assert.Equal("This contact is listed twice.", errors[1].Message);
        Assert.Equal("Contact 77 does not exist.", errors[2].Message);
    }

    [Theory]
    [InlineData("kickoff")]
    [InlineData("transition_meeting")]
    [InlineData("sales_involved_until")]
    public void Dates_before_the_close_are_refused(string field)
    {
        var before = ClosedAt.AddDays(-1);
        var input = field switch
        {
            "kickoff" => new HandoffInput { KickoffAt = before },
            "transition_meeting" => new HandoffInput { TransitionMeetingAt = before },
            _ => new HandoffInput { SalesInvolvedUntil = Closed.AddDays(-1) },
        };

        var error = Assert.Single(Validate(input));

        Assert.Equal(field, error.Field);
        Assert.Contains("cannot be before the deal closed (2 Nov 2026)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_items_bad_dates_oversized_text_and_an_unknown_csm_are_named()
    {
        var errors = Validate(new HandoffInput
        {
            CsmId = 6,
            GoalsAndUseCase = new string('x', HandoffInputValidator.MaxTextLength + 1),
            Items = new Dictionary<string, ItemInput> { ["csm_assigned"] = new(true), ["go_live"] = new(false, "next week") },
        });

        Assert.Equal(["csm", "goals_use_case", "items.csm_assigned", "items.go_live"], errors.Select(e => e.Field));
        Assert.Contains("4001 characters", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("'next week' is not a date", errors[3].Message, StringComparison.Ordinal);
    }
}
