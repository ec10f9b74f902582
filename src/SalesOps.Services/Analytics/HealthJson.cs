using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Core.Health;

namespace SalesOps.Services.Analytics;

/// <summary>
/// Reads the snapshot's JSON columns (written by the health job). Tolerant of casing and of enums written as names or
/// numbers; a column that cannot be read yields nothing rather than breaking a dashboard.
/// </summary>
internal static class HealthJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<AtRiskReason> Reasons(string? json) =>
        Read<List<ReasonDto>>(json)?.Where(r => r.Rule is not null).Select(r => new AtRiskReason(r.Rule!.Value, r.Text ?? "")).ToList() ?? [];

    public static IReadOnlyList<ComponentExplanation> Explanation(string? json) =>
        Read<List<ComponentDto>>(json)?.Where(c => c.Component is not null)
            .Select(c => new ComponentExplanation(c.Component!.Value, c.Score, c.Used ?? [], c.Missing ?? []))
            .ToList() ?? [];

    /// <summary>The fragment a reason's rule leaves in the JSON text, for filtering in the database.</summary>
    public static string RuleToken(AtRiskRule rule) => $"\"{rule}\"";

    private static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record ReasonDto(AtRiskRule? Rule, string? Text);

    private sealed record ComponentDto(HealthComponent? Component, int? Score, List<string>? Used, List<string>? Missing);
}
