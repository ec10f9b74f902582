namespace SalesOps.Core.Domain;

/// <summary>An account's health on a date. Component scores are null when the component had no inputs.</summary>
public class HealthSnapshot
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly Date { get; set; }
    public int Score { get; set; }
    public HealthBand Band { get; set; }
    /// <summary>0–100: how much of the model's inputs were present.</summary>
    public int Confidence { get; set; }
    public int? ProductAdoption { get; set; }
    public int? SupportExperience { get; set; }
    public int? Engagement { get; set; }
    public int? Sentiment { get; set; }
    public int? Commercial { get; set; }
    public int ConfigurationVersion { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}
