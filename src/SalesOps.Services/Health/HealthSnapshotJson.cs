using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Core.Health;

namespace SalesOps.Services.Health;

/// <summary>
/// The JSON of <c>HealthSnapshot.Explanation</c> and <c>HealthSnapshot.AtRiskReasons</c>: written by the snapshot job,
/// read back by the analytics service (<c>Analytics.HealthJson</c>, same shape: camelCase, enum values as names).
/// </summary>
internal static class HealthSnapshotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Explanation(HealthResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(
            result.Components.Select(c => new ComponentExplanation(c.Component, c.Score, c.Used, c.Missing)).ToList(), Options);
    }

    public static string Reasons(IReadOnlyList<AtRiskReason> reasons) => JsonSerializer.Serialize(reasons, Options);

    public static IReadOnlyList<ComponentExplanation> ReadExplanation(string json) =>
        JsonSerializer.Deserialize<List<ComponentExplanation>>(json, Options) ?? [];

    public static IReadOnlyList<AtRiskReason> ReadReasons(string json) =>
        JsonSerializer.Deserialize<List<AtRiskReason>>(json, Options) ?? [];
}
