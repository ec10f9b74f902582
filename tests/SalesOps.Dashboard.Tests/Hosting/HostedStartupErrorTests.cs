using Microsoft.AspNetCore.Hosting;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hosting;

[Collection(ConsoleCapture.Name)]
public sealed class HostedStartupErrorTests
{
    [Fact]
    public async Task Unknown_database_provider_stops_the_hosted_app_before_the_host_is_built_and_prints_what_to_fix()
    {
        await using var app = new SalesOpsAppFactory();
        await using var oracle = app.WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));
        var stderr = new StringWriter();
        var original = Console.Error;
        InvalidOperationException ex;
        Console.SetError(stderr);
        try
        {
            ex = Assert.Throws<InvalidOperationException>(() => oracle.CreateClient());
        }
        finally
        {
            Console.SetError(original);
        }

        // Program catches the configuration error, prints it and returns 1 before building a host, so the exception
        // the test host sees only says that no host was built; the words for the person are on stderr.
        Assert.Contains("exited without ever building an IHost", ex.Message, StringComparison.Ordinal);
        Assert.Equal(
            "SalesOps Dashboard cannot start: Database:Provider 'Oracle' is not supported. Valid values: Sqlite, SqlServer, PostgreSql.",
            stderr.ToString().Trim());
    }
}
