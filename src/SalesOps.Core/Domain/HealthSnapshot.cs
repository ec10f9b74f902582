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
    public bool IsAtRisk { get; set; }
    /// <summary>The account's ARR when the snapshot was taken.</summary>
    public decimal Arr { get; set; }
    /// <summary>JSON: each component with the inputs it used and lacked, in words.</summary>
    public string Explanation { get; set; } = "[]";
    /// <summary>JSON: the at-risk reasons that applied, in words.</summary>
    public string AtRiskReasons { get; set; } = "[]";
    public int ConfigurationVersion { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}
