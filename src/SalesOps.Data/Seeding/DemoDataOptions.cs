namespace SalesOps.Data.Seeding;

/// <summary>What the demo/scale generator writes. The same seed and clock give the same company.</summary>
public sealed class DemoDataOptions
{
    public int Accounts { get; set; } = 500;
    public int RandomSeed { get; set; } = 20_240_601;

    /// <summary>Accounts written per transaction.</summary>
    public int BatchSize { get; set; } = 250;

    /// <summary>Multiplies each account's number of contacts; 1 is the demo company (about four per account).</summary>
    public double ContactVolume { get; set; } = 1;

    /// <summary>Multiplies each account's number of logged activities; 1 is the demo company (about fifteen per account).</summary>
    public double ActivityVolume { get; set; } = 1;

    /// <summary>Multiplies each account's number of support tickets; 1 is the demo company (about twenty per account).</summary>
    public double TicketVolume { get; set; } = 1;
}
