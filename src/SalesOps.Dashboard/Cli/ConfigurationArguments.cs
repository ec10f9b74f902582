namespace SalesOps.Dashboard.Cli;

/// <summary>
/// The app's own settings given on a command's line (<c>--Database:Provider=PostgreSql</c> or
/// <c>--ConnectionStrings:SalesOps "..."</c>), passed through to the host's configuration as the web app takes them.
/// </summary>
internal static class ConfigurationArguments
{
    /// <summary>
    /// Takes <c>args[i]</c> (and its value, when it is not written with '=') into <paramref name="into"/> when it is a
    /// setting; false for anything else, which the command reports as unknown.
    /// </summary>
    public static bool TryTake(string[] args, ref int i, List<string> into)
    {
        var arg = args[i];
        if (!arg.StartsWith("--", StringComparison.Ordinal) || !arg.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        into.Add(arg);
        if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
        {
            into.Add(args[++i]);
        }

        return true;
    }
}
