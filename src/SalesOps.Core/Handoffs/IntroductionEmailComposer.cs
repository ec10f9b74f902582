using System.Globalization;
using System.Text;

namespace SalesOps.Core.Handoffs;

/// <summary>Writes the introduction e-mail from what the handoff holds, so the customer hears the same story twice.</summary>
public static class IntroductionEmailComposer
{
    public sealed record Facts(
        string AccountName,
        IReadOnlyList<EmailRecipient> CustomerContacts,
        EmailRecipient? Sales,
        EmailRecipient? Csm,
        string? Goals,
        IReadOnlyList<(string Description, DateOnly Due)> Deliverables,
        DateTimeOffset? KickoffAt,
        string? NextSteps,
        int SalesInvolvementDays);

    public static IntroductionEmailDraft Compose(Facts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var greeting = facts.CustomerContacts.Count switch
        {
            0 => "Hello,",
            1 => $"Hello {FirstName(facts.CustomerContacts[0].Name)},",
            _ => $"Hello {string.Join(", ", facts.CustomerContacts.Take(facts.CustomerContacts.Count - 1).Select(c => FirstName(c.Name)))} and {FirstName(facts.CustomerContacts[^1].Name)},",
        };

        var body = new StringBuilder();
        body.AppendLine(greeting).AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"Thank you again for choosing us. I'd like to introduce {facts.Csm?.Name ?? "your customer success manager"}, who will be your customer success manager from here on and your first point of contact for getting {facts.AccountName} up and running.");
        body.AppendLine();
        if (!string.IsNullOrWhiteSpace(facts.Goals))
        {
            body.AppendLine("What you told us you want to achieve:").AppendLine(facts.Goals.Trim()).AppendLine();
        }

        if (facts.Deliverables.Count > 0)
        {
            body.AppendLine("What we agreed to deliver:");
            foreach (var (description, due) in facts.Deliverables.OrderBy(d => d.Due))
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"- {description} (by {due.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)})");
            }

            body.AppendLine();
        }

        if (facts.KickoffAt is { } kickoff)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"Our onboarding kickoff is on {kickoff.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}.");
        }

        if (!string.IsNullOrWhiteSpace(facts.NextSteps))
        {
            body.AppendLine("Next steps:").AppendLine(facts.NextSteps.Trim());
        }

        body.AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"I stay involved for the first {facts.SalesInvolvementDays} days, so nothing we discussed gets lost along the way.");
        body.AppendLine().AppendLine("Best regards,").AppendLine(facts.Sales?.Name ?? "");

        var cc = new[] { facts.Sales, facts.Csm }.OfType<EmailRecipient>().DistinctBy(r => r.Address, StringComparer.OrdinalIgnoreCase).ToList();
        return new IntroductionEmailDraft(
            [.. facts.CustomerContacts.DistinctBy(c => c.Address, StringComparer.OrdinalIgnoreCase)],
            cc,
            $"Welcome aboard, {facts.AccountName}: meet your customer success manager",
            body.ToString().TrimEnd() + Environment.NewLine);
    }

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? name;
}
