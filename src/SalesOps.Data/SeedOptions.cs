namespace SalesOps.Data;

/// <summary>Bound from the <c>Seed</c> section.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>
    /// Write demo data into an empty database at start-up. Unset means: yes for the embedded SQLite default, no for
    /// server databases, so a production database never fills with made-up customers by accident.
    /// </summary>
    public bool? Demo { get; set; }

    public int Accounts { get; set; } = 500;
    public int RandomSeed { get; set; } = 20_240_601;

    /// <summary>Password of the demo users (one per role) created with the demo data; shown on the sign-in page.</summary>
    public string DemoPassword { get; set; } = "Demo-Password-2026";
}
