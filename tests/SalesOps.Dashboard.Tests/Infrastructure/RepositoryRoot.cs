namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>Finds the repository checkout the tests were built from (the folder holding SalesOps.Dashboard.sln).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string TopLevelWebRoot => System.IO.Path.Combine(Path, "wwwroot");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SalesOps.Dashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SalesOps.Dashboard.sln above {AppContext.BaseDirectory}.");
    }
}
