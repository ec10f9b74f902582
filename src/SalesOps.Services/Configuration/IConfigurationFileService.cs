using SalesOps.Core.Security;
using SalesOps.Services.Security;

namespace SalesOps.Services.Configuration;

/// <summary>
/// Configuration as code: <c>crm_configuration.yaml</c> out and in, <c>instruction.yaml</c> change requests, and going
/// back to an earlier version. Every apply goes through a preview of the same input first; nothing is stored unless
/// the whole input is valid, and then it is stored as one new version (audited, like every save).
/// </summary>
public interface IConfigurationFileService
{
    /// <summary>The configuration in force (or the stored <paramref name="version"/>) as <c>crm_configuration.yaml</c>.</summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationExport> ExportAsync(int? version = null, CancellationToken ct = default);

    /// <summary>
    /// Reads a configuration file and says what importing it would change against the version in force, or every
    /// problem with its line and column. Nothing is stored.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationFilePreview> PreviewImportAsync(string yaml, CancellationToken ct = default);

    /// <summary>
    /// Imports a configuration file as the next version, provided the version in force is still
    /// <paramref name="expectedVersion"/> (the one the preview was made against). A file that changes nothing stores
    /// nothing and says so.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationFileResult> ImportAsync(string yaml, int expectedVersion, string? comment, CancellationToken ct = default);

    /// <summary>
    /// Reads an instruction and says what applying it to the version in force would change, or every problem with its
    /// line and column. <paramref name="instructionId"/>, when given, must match the file's own <c>instruction_id</c>.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationFilePreview> PreviewInstructionAsync(string yaml, string? instructionId = null, CancellationToken ct = default);

    /// <summary>
    /// Applies an instruction as the next version; with <paramref name="expectedVersion"/>, only while that version is
    /// still in force. An instruction that changes nothing stores nothing and says so.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationFileResult> ApplyInstructionAsync(string yaml, string? instructionId, int? expectedVersion, CancellationToken ct = default);

    /// <summary>
    /// Makes stored version <paramref name="toVersion"/>'s configuration (0: the built-in defaults) the next version,
    /// provided the version in force is still <paramref name="expectedVersion"/>.
    /// </summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<ConfigurationFileResult> RollbackAsync(int toVersion, int expectedVersion, CancellationToken ct = default);

    /// <summary>What changed from stored version <paramref name="fromVersion"/> to <paramref name="toVersion"/> (0: the built-in defaults).</summary>
    [RequiresPolicy(Policies.ManageConfiguration)]
    Task<IReadOnlyList<ConfigurationChange>> CompareAsync(int fromVersion, int toVersion, CancellationToken ct = default);
}
