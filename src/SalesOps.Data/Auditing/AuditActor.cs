namespace SalesOps.Data.Auditing;

/// <summary>
/// Who is acting on the current logical call chain: set once per HTTP request and per Blazor circuit activity, read
/// by <see cref="SalesOpsDbContext"/> when it writes audit entries. Background work runs as "system".
/// </summary>
public static class AuditActor
{
    public const string System = "system";
    private static readonly AsyncLocal<string?> CurrentName = new();

    public static string Current => CurrentName.Value ?? System;

    /// <summary>Acts as <paramref name="name"/> until the returned scope is disposed.</summary>
    public static IDisposable Begin(string? name)
    {
        var previous = CurrentName.Value;
        CurrentName.Value = string.IsNullOrWhiteSpace(name) ? null : name;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => CurrentName.Value = previous;
    }
}
