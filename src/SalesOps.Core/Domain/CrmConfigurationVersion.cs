namespace SalesOps.Core.Domain;

/// <summary>One saved version of the CRM configuration (the whole object, as JSON). The highest version is in force.</summary>
public class CrmConfigurationVersion
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string Json { get; set; } = "{}";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string? Comment { get; set; }
}
