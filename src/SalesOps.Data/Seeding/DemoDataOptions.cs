namespace SalesOps.Data.Seeding;

/// <summary>What the demo/scale generator writes. The same seed and clock give the same company.</summary>
public sealed class DemoDataOptions
{
    public int Accounts { get; set; } = 500;
    public int RandomSeed { get; set; } = 20_240_601;
    /// <summary>Accounts written per transaction; each batch uses a fresh, untracked context.</summary>
    public int BatchSize { get; set; } = 250;
}
