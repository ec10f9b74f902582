using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class IntroductionEmailComposerTests
{
    private static IntroductionEmailComposer.Facts Facts(params EmailRecipient[] contacts) => new(
        "Acme", contacts, new("Sam Sales", "sam@us.example"), new("Casey Success", "casey@us.example"),
        "Cut month-end close from 10 days to 3",
        [("Data migration", new DateOnly(2026, 12, 20)), ("Admin training", new DateOnly(2026, 12, 5))],
        new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), "Send the user list", 30);

    [Fact]
    public void The_draft_greets_the_contacts_introduces_the_csm_and_lists_the_promises_in_date_order()
    {
        var draft = IntroductionEmailComposer.Compose(Facts(new("Ana Ruiz", "ana@acme.example"), new("Ben Okafor", "ben@acme.example")));

        Assert.Equal(["ana@acme.example", "ben@acme.example"], draft.To.Select(r => r.Address));
        Assert.Equal(["sam@us.example", "casey@us.example"], draft.Cc.Select(r => r.Address));
        Assert.StartsWith("Hello Ana and Ben,", draft.Body, StringComparison.Ordinal);
        Assert.Contains("introduce Casey Success", draft.Body, StringComparison.Ordinal);
        Assert.Contains("Cut month-end close from 10 days to 3", draft.Body, StringComparison.Ordinal);
        Assert.True(draft.Body.IndexOf("Admin training (by 5 December 2026)", StringComparison.Ordinal) < draft.Body.IndexOf("Data migration (by 20 December 2026)", StringComparison.Ordinal));
        Assert.Contains("Monday 30 November 2026", draft.Body, StringComparison.Ordinal);
        Assert.Contains("first 30 days", draft.Body, StringComparison.Ordinal);
        Assert.EndsWith($"Sam Sales{Environment.NewLine}", draft.Body, StringComparison.Ordinal);
        Assert.Contains("Acme", draft.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_addresses_appear_once_and_no_contacts_gives_a_plain_greeting()
    {
        var draft = IntroductionEmailComposer.Compose(Facts(new("Ana Ruiz", "ana@acme.example"), new("Ana R.", "ANA@acme.example")));
        var none = IntroductionEmailComposer.Compose(Facts());

        Assert.Single(draft.To);
        Assert.StartsWith("Hello,", none.Body, StringComparison.Ordinal);
    }
}
