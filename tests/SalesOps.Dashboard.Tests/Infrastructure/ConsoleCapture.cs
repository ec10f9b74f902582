namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>
/// Tests that swap <see cref="Console.Error"/> to read what the app prints. The console is process-wide, so these
/// run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "Console capture";
}
