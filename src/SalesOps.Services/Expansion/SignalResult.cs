using SalesOps.Core.Validation;

namespace SalesOps.Services.Expansion;

/// <summary>The outcome of a signal write: saved (with the signal as it now is), refused with every wrong field named, a conflict, or not found.</summary>
public sealed record SignalResult(SignalOutcome Outcome, SignalView? Signal, string? Message, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Outcome == SignalOutcome.Saved;

    public static SignalResult Saved(SignalView signal, string? message = null) => new(SignalOutcome.Saved, signal, message, []);

    public static SignalResult Invalid(IReadOnlyList<FieldError> errors) =>
        new(SignalOutcome.Invalid, null, string.Join(" ", errors.Select(e => e.Message)), errors);

    public static SignalResult Conflict(string message) => new(SignalOutcome.Conflict, null, message, []);

    public static SignalResult NotFound(int id) => new(SignalOutcome.NotFound, null, $"Signal {id} does not exist.", []);
}

public enum SignalOutcome { Saved, Invalid, Conflict, NotFound }
