namespace SalesOps.Services.Common;

/// <summary>The outcome of a write a person asked for: done, or a message that says what to fix.</summary>
public sealed record ServiceResult(bool Succeeded, string? Error = null, string? Field = null)
{
    public static ServiceResult Ok { get; } = new(true);

    public static ServiceResult Fail(string error, string? field = null) => new(false, error, field);
}
