namespace SalesOps.Services.Tests.Infrastructure;

/// <summary>The xunit collection of PostgreSQL test classes: they share one seeded database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<SeededPostgresFixture>
{
    public const string Name = "PostgreSQL";
}
