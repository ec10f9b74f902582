using Microsoft.Playwright;

namespace SalesOps.Browser.Tests.Pages;

/// <summary>The account page's handoff card: the latest handoff's goals, promises, people and terms.</summary>
public sealed class AccountHandoffPanel(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Card => Page.GetByTestId("account-handoff");

    public ILocator Status => Card.GetByTestId("handoff-status");

    public ILocator Deal => Card.GetByTestId("handoff-deal");

    public ILocator OpenLink => Card.GetByRole(AriaRole.Link, new() { Name = "Open handoff" });

    public ILocator Goals => Card.GetByTestId("handoff-goals");

    public ILocator TechnicalRequirements => Card.GetByTestId("handoff-technical");

    public ILocator SpecialTerms => Card.GetByTestId("handoff-terms");

    public ILocator NextSteps => Card.GetByTestId("handoff-next-steps");

    public ILocator DeliverableRows => Card.GetByTestId("handoff-deliverables").Locator("tbody tr");

    public ILocator StakeholderRows => Card.GetByTestId("handoff-stakeholders").Locator("tbody tr");
}
