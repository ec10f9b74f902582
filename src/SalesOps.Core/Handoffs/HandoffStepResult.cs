namespace SalesOps.Core.Handoffs;

/// <summary>The outcome of a step: done, or refused with a message and the keys of the items that are missing.</summary>
public sealed record HandoffStepResult(bool Succeeded, string? Error, IReadOnlyList<string> MissingKeys)
{
    public static HandoffStepResult Done { get; } = new(true, null, []);

    public static HandoffStepResult Refused(string error, IReadOnlyList<string>? missingKeys = null) => new(false, error, missingKeys ?? []);
}
