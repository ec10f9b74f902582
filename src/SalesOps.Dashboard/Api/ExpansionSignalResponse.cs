using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Core.Expansion;
using SalesOps.Services.Expansion;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// The stored signal, as it is now: answered the first time (201) and to a replay of the same request (200).
/// </summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed record ExpansionSignalResponse(
    [property: JsonPropertyName("id"), Description("The signal's id.")] int Id,
    [property: JsonPropertyName("status"), Description("Where the signal is in its process, e.g. account_manager_notified.")] string Status,
    [property: JsonPropertyName("source"), Description("Always integration for signals posted through the API.")] string Source,
    [property: JsonPropertyName("trigger"), Description("The trigger's snake_case name.")] string Trigger,
    [property: JsonPropertyName("account_id")] int AccountId,
    [property: JsonPropertyName("logged_at"), Description("When the signal was first stored (UTC).")] DateTimeOffset LoggedAt,
    [property: JsonPropertyName("link"), Description("The signal's page in SalesOps.")] string Link)
{
    public static ExpansionSignalResponse From(SignalView signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return new(
            signal.Id,
            JsonNamingPolicy.SnakeCaseLower.ConvertName(signal.Status.ToString()),
            JsonNamingPolicy.SnakeCaseLower.ConvertName(signal.Source.ToString()),
            TriggerCatalog.Of(signal.Trigger).YamlKey,
            signal.AccountId,
            signal.LoggedAt,
            LinkOf(signal.Id));
    }

    /// <summary>The signal's page, as the account manager's notification links to it.</summary>
    public static string LinkOf(int signalId) => $"/expansion/signals/{signalId}";
}
