namespace SalesOps.Browser.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The folder holding SalesOps.Dashboard.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// Where a README screenshot goes: docs/screenshots when SALESOPS_UPDATE_SCREENSHOTS=1 (refreshed on purpose, since
    /// demo dates move with the clock), otherwise the test output folder so a test run leaves the work tree alone.
    /// </summary>
    public static string DocsScreenshot(string fileName)
    {
        var folder = Environment.GetEnvironmentVariable("SALESOPS_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(Root, "docs", "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesOps.Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SalesOps.Dashboard.sln above {AppContext.BaseDirectory}.");
    }
}
