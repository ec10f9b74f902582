namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>The files of the repository's top-level wwwroot, as the URLs the app should serve them under.</summary>
public static class StaticAssetFiles
{
    /// <summary>Relative URL (forward slashes, no leading slash) and full path of every file, in a stable order.</summary>
    public static IReadOnlyList<(string Url, string Path)> All()
    {
        var root = RepositoryRoot.TopLevelWebRoot;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Url: System.IO.Path.GetRelativePath(root, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Url, StringComparer.Ordinal)
            .ToList();

        // Chart.js is copied in from node_modules by the app's build; without it the page has no charts.
        if (!files.Any(f => f.Url == "lib/chart.js/chart.umd.min.js"))
        {
            throw new InvalidOperationException($"{root} has no lib/chart.js/chart.umd.min.js; build src/SalesOps.Dashboard first.");
        }

        return files;
    }
}
