using SalesOps.Core.Handoffs;

namespace SalesOps.Core.Tests.Handoffs;

public class IntroductionEmailTextTests
{
    private static readonly IntroductionEmailDraft Email = new(
        [new EmailRecipient("Ada Lovelace", "ada@contoso.example"), new EmailRecipient("Grace Hopper", "grace@contoso.example")],
        [new EmailRecipient("Sam Sales", "sam@salesops.example")],
        "Welcome aboard, Contoso & co",
        "Hello Ada and Grace,\n\nLine two?\n");

    [Fact]
    public void Recipients_read_back_what_they_were_written_as()
    {
        var text = EmailRecipients.Format(Email.To);

        Assert.Equal("Ada Lovelace <ada@contoso.example>; Grace Hopper <grace@contoso.example>", text);
        var (parsed, error) = EmailRecipients.Parse(text);
        Assert.Null(error);
        Assert.Equal(Email.To, parsed);
    }

    [Fact]
    public void Bare_addresses_and_new_lines_are_accepted_and_an_entry_that_is_not_an_address_is_named()
    {
        var (parsed, error) = EmailRecipients.Parse("ada@contoso.example\nGrace <grace@contoso.example>;");

        Assert.Null(error);
        Assert.Equal([new EmailRecipient("ada@contoso.example", "ada@contoso.example"), new EmailRecipient("Grace", "grace@contoso.example")], parsed);

        var (none, wrong) = EmailRecipients.Parse("ada@contoso.example; grace at contoso");

        Assert.Empty(none);
        Assert.StartsWith("'grace at contoso' is not an e-mail address", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mailto_link_is_addressed_copied_and_written_with_everything_escaped()
    {
        var link = MailtoLink.For(Email);

        Assert.Equal(
            "mailto:ada%40contoso.example,grace%40contoso.example?cc=sam%40salesops.example"
            + "&subject=Welcome%20aboard%2C%20Contoso%20%26%20co&body=Hello%20Ada%20and%20Grace%2C%0D%0A%0D%0ALine%20two%3F%0D%0A",
            link);
    }

    [Fact]
    public void The_clipboard_text_starts_with_the_headers()
    {
        var text = MailtoLink.AsText(Email);

        Assert.StartsWith(
            "To: Ada Lovelace <ada@contoso.example>; Grace Hopper <grace@contoso.example>" + Environment.NewLine
            + "Cc: Sam Sales <sam@salesops.example>" + Environment.NewLine + "Subject: Welcome aboard, Contoso & co" + Environment.NewLine + Environment.NewLine
            + "Hello Ada and Grace,",
            text,
            StringComparison.Ordinal);
    }
}
