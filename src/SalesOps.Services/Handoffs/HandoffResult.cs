using SalesOps.Core.Validation;

namespace SalesOps.Services.Handoffs;

/// <summary>
/// The outcome of a handoff write: saved (with the handoff as it now is), refused (every wrong field named, nothing
/// saved), or a conflict (someone else saved first; nothing saved).
/// </summary>
public sealed record HandoffResult(HandoffOutcome Outcome, HandoffDetails? Handoff, string? Message, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Outcome == HandoffOutcome.Saved;

    public static HandoffResult Saved(HandoffDetails handoff, string? message = null) => new(HandoffOutcome.Saved, handoff, message, []);

    public static HandoffResult Invalid(IReadOnlyList<FieldError> errors, string? message = null) =>
        new(HandoffOutcome.Invalid, null, message ?? string.Join(" ", errors.Select(e => e.Message)), errors);

    public static HandoffResult Conflict(string message) => new(HandoffOutcome.Conflict, null, message, []);

    public static HandoffResult NotFound(int id) => new(HandoffOutcome.NotFound, null, $"Handoff {id} does not exist.", []);
}

public enum HandoffOutcome { Saved, Invalid, Conflict, NotFound }
