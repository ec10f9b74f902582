using SalesOps.Data.Seeding;

namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>
/// The generated company the shared fixtures hold. With this seed and <see cref="TestClock.Now"/> the generator
/// deterministically writes unlinked tickets, every opportunity stage, escalations, handoffs and signals.
/// </summary>
public static class DemoCompany
{
    public const int Accounts = 40;
    public const int RandomSeed = 20_240_601;

    public static DemoDataOptions Options(int batchSize = 250) =>
        new() { Accounts = Accounts, RandomSeed = RandomSeed, BatchSize = batchSize };
}
