using SalesOps.Core.Configuration;

namespace SalesOps.Services.Configuration;

/// <summary>
/// An instruction read and applied (in memory) to a configuration: the resulting configuration, or every problem with
/// its line and column in <c>instruction.yaml</c>; and the instruction's title and requester, for the version comment.
/// </summary>
public sealed record InstructionReadResult(
    CrmConfiguration? Configuration,
    IReadOnlyList<ConfigurationFileError> Errors,
    string? Title,
    string? RequestedBy)
{
    /// <summary>The file's own <c>instruction_id</c>, when it gives one.</summary>
    public string? InstructionId { get; init; }

    public bool IsValid => Configuration is not null && Errors.Count == 0;
}
