namespace SalesOps.Core.Expansion;

/// <summary>The outcome of moving a signal along its process: done, or why not.</summary>
public sealed record SignalStepResult(bool Succeeded, string? Error)
{
    public static SignalStepResult Done { get; } = new(true, null);

    public static SignalStepResult Refused(string error) => new(false, error);
}
