namespace SalesOps.Core.Domain;

/// <summary>An ARR movement. <see cref="Amount"/> is the size of the movement, always positive; the type says its direction.</summary>
public class RevenueEvent
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public RevenueEventType Type { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public int? OpportunityId { get; set; }
    public Opportunity? Opportunity { get; set; }
    public string? Note { get; set; }
}
