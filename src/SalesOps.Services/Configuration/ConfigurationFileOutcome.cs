namespace SalesOps.Services.Configuration;

public enum ConfigurationFileOutcome
{
    /// <summary>Stored as a new version.</summary>
    Applied,

    /// <summary>Valid, but equal to the version in force: nothing stored.</summary>
    NoChange,

    /// <summary>The input has problems (or the version in force moved on): nothing stored.</summary>
    Refused,
}
