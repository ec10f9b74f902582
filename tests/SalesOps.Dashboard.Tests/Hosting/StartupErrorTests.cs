using System.Text.RegularExpressions;
using SalesOps.Dashboard.Tests.Infrastructure;

namespace SalesOps.Dashboard.Tests.Hosting;

/// <summary>The built app run as a real process with configuration a person got wrong.</summary>
public sealed partial class StartupErrorTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The app's dll as built for this test run (the project reference copies it next to the tests).</summary>
    private static string AppDll => Path.Combine(AppContext.BaseDirectory, "SalesOps.Dashboard.dll");

    [Fact]
    public async Task Unknown_database_provider_makes_the_process_exit_with_the_message_on_stderr()
    {
        using var dir = new TempDirectory();

        var result = await DotnetProcess.RunAsync([AppDll, "--Database:Provider=Oracle"], dir.Path, ProcessTimeout);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("Database:Provider 'Oracle' is not supported. Valid values: Sqlite, SqlServer, PostgreSql.", result.StandardError, StringComparison.Ordinal);
        Assert.False(StackTraceLine().IsMatch(result.StandardError), result.ToString());
    }

    [Fact]
    public async Task Unreadable_sqlite_file_makes_the_process_exit_naming_the_file_without_a_stack_trace()
    {
        using var dir = new TempDirectory();
        var file = dir.File("not-a-database.db");
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        await File.WriteAllBytesAsync(file, garbage);

        var result = await DotnetProcess.RunAsync([AppDll, $"--ConnectionStrings:SalesOps=Data Source={file}"], dir.Path, ProcessTimeout);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains(file, result.StandardError, StringComparison.Ordinal);
        Assert.False(StackTraceLine().IsMatch(result.StandardError), result.ToString());
        Assert.Equal(garbage, await File.ReadAllBytesAsync(file));
    }

    [GeneratedRegex(@"^\s+at ", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();
}
