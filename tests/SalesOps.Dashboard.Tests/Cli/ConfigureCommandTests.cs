using Microsoft.Data.Sqlite;
using SalesOps.Dashboard.Cli;
using SalesOps.Services.Configuration.Yaml;

namespace SalesOps.Dashboard.Tests.Cli;

/// <summary>
/// <c>configure --memory-root DIR --instruction ID</c> on a temporary memory root and a temporary SQLite database, as an
/// agent would run it: what it applies, what it writes, and what it refuses without touching anything.
/// </summary>
public sealed class ConfigureCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("salesops-configure-").FullName;

    private string Root => Path.Combine(_work, "Agent_Memory");

    private string Database => Path.Combine(_work, "salesops.db");

    public ConfigureCommandTests() => Directory.CreateDirectory(Root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    private string[] Args(params string[] args) =>
        [.. args, "--Database:Provider=Sqlite", $"--ConnectionStrings:SalesOps=Data Source={Database}"];

    private void Instruction(string id, string yaml, string? root = null)
    {
        var folder = Path.Combine(root ?? Root, id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "instruction.yaml"), yaml);
    }

    private static async Task<(int Exit, string Out, string Err)> RunAsync(Func<TextWriter, TextWriter, Task<int>> command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await command(output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private Task<(int Exit, string Out, string Err)> ConfigureAsync(string id) =>
        RunAsync((o, e) => ConfigureCommand.RunAsync(Args("--memory-root", Root, "--instruction", id), o, e));

    private async Task<int> VersionCountAsync()
    {
        if (!File.Exists(Database))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ConfigurationVersions";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Applies_the_instruction_and_writes_the_whole_configuration_then_a_rerun_changes_nothing()
    {
        Instruction("plan-limit-90", "instruction_id: plan-limit-90\ntitle: Plan limit at 90 %\nchanges:\n  expansion:\n    plan_limit_percent: 90\n");

        var first = await ConfigureAsync("plan-limit-90");
        var again = await ConfigureAsync("plan-limit-90");

        Assert.True(first.Exit == 0, first.Err);
        Assert.Contains("~ expansion.plan_limit_percent: 85 → 90", first.Out, StringComparison.Ordinal);
        Assert.Contains("Saved as configuration version 1 (1 change).", first.Out, StringComparison.Ordinal);
        var output = Path.Combine(Root, "plan-limit-90", "outputs", "final", "crm_configuration.yaml");
        var written = CrmConfigurationYaml.Read(await File.ReadAllTextAsync(output));
        Assert.True(written.IsValid);
        Assert.Equal(90, written.Configuration!.Expansion.PlanLimitPercent);
        Assert.Empty(written.DefaultedSections);
        Assert.Contains("# Configuration version 1", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
        Assert.Equal(0, again.Exit);
        Assert.Contains("No changes: this matches configuration version 1", again.Out, StringComparison.Ordinal);
        Assert.Equal(1, await VersionCountAsync());
    }

    [Fact]
    public async Task The_briefs_blocks_are_applied_as_written()
    {
        var brief = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "brief", "sales-operations-manager.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(brief, "```yaml\\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
        Instruction("brief", string.Join("\n", blocks).Replace("    - Power users maxed out\n", "", StringComparison.Ordinal));

        var run = await ConfigureAsync("brief");

        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("~ expansion.triggers:", run.Out, StringComparison.Ordinal);
        var written = CrmConfigurationYaml.Read(await File.ReadAllTextAsync(Path.Combine(Root, "brief", "outputs", "final", "crm_configuration.yaml")));
        Assert.DoesNotContain(Core.Domain.ExpansionTrigger.PowerUsersMaxedOut, written.Configuration!.Expansion.Triggers);
    }

    [Fact]
    public async Task A_bad_instruction_is_refused_with_line_and_column_and_nothing_is_applied_or_written()
    {
        Instruction("typo", "title: Tighter\nchanges:\n  at_risk:\n    score_drop_pionts: 10\n");

        var run = await ConfigureAsync("typo");

        Assert.Equal(2, run.Exit);
        Assert.Contains("instruction.yaml:line 4, column 5: at_risk.score_drop_pionts: Unknown key 'score_drop_pionts'", run.Err, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'score_drop_points'?", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Root, "typo", "outputs")));
        Assert.Equal(0, await VersionCountAsync());
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc")]
    [InlineData("x..y")]
    public async Task An_instruction_id_with_path_characters_is_refused_and_nothing_outside_the_root_is_read_or_written(string id)
    {
        Instruction("outside", "changes:\n  expansion:\n    plan_limit_percent: 90\n", root: _work);
        Directory.CreateDirectory(Path.Combine(Root, "a"));
        var before = Directory.GetFileSystemEntries(_work, "*", SearchOption.AllDirectories).Order().ToList();

        var run = await ConfigureAsync(id);

        Assert.Equal(2, run.Exit);
        Assert.Contains($"The instruction id '{id}' is not a plain name", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(_work, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public async Task An_instruction_folder_that_links_outside_the_root_is_refused()
    {
        Instruction("outside", "changes:\n  expansion:\n    plan_limit_percent: 90\n", root: _work);
        Directory.CreateSymbolicLink(Path.Combine(Root, "linked"), Path.Combine(_work, "outside"));

        var run = await ConfigureAsync("linked");

        Assert.Equal(2, run.Exit);
        Assert.Contains("leads outside the memory root", run.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_work, "outside", "outputs")));
        Assert.Equal(0, await VersionCountAsync());
    }

    [Fact]
    public async Task A_missing_instruction_or_argument_is_named()
    {
        var missing = await ConfigureAsync("nothing-here");
        var noRoot = await RunAsync((o, e) => ConfigureCommand.RunAsync(["--instruction", "x"], o, e));

        Assert.Equal(2, missing.Exit);
        Assert.Contains("There is no instruction file at", missing.Err, StringComparison.Ordinal);
        Assert.Equal(2, noRoot.Exit);
        Assert.Contains("Both --memory-root and --instruction are needed.", noRoot.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_configuration_writes_the_version_in_force()
    {
        Instruction("limit", "changes:\n  expansion:\n    plan_limit_percent: 88\n");
        await ConfigureAsync("limit");
        var file = Path.Combine(_work, "exported.yaml");

        var run = await RunAsync((o, e) => ExportConfigurationCommand.RunAsync(Args("--out", file), o, e));
        var unknown = await RunAsync((o, e) => ExportConfigurationCommand.RunAsync(Args("--version", "7"), o, e));

        Assert.Equal(0, run.Exit);
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("# Configuration version 1", text, StringComparison.Ordinal);
        Assert.Equal(88, CrmConfigurationYaml.Read(text).Configuration!.Expansion.PlanLimitPercent);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("There is no configuration version 7.", unknown.Err, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesOps.Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesOps.Dashboard.sln not found above the test assembly.");
    }
}
