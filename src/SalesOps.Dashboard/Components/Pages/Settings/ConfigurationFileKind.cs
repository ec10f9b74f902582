namespace SalesOps.Dashboard.Components.Pages.Settings;

/// <summary>Which file the Settings › Configuration page reads: a whole configuration, or an instruction that changes part of it.</summary>
public enum ConfigurationFileKind
{
    /// <summary><c>crm_configuration.yaml</c>: replaces the whole configuration.</summary>
    Configuration,

    /// <summary><c>instruction.yaml</c>: a request for specific changes to the configuration in force.</summary>
    Instruction,
}
