using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using SalesOps.Core.Expansion;

namespace SalesOps.Dashboard.Api;

// The OpenAPI description of the body. The endpoint reads the JSON itself (ExpansionSignalRequestReader) so that it can
// name every bad field at once; both use the field names declared here. Numbers are strict: the reader refuses "42".

/// <summary>An expansion signal seen in the help desk: which account, which trigger, and what the customer said.</summary>
[JsonNumberHandling(JsonNumberHandling.Strict)]
public sealed class ExpansionSignalRequest
{
    public const string AccountIdField = "account_id";
    public const string TriggerField = "trigger";
    public const string ContextField = "context";
    public const string CustomerWordsField = "customer_words";
    public const string SentimentField = "sentiment";
    public const string TicketIdField = "ticket_id";
    public const string EstimatedArrField = "estimated_arr";

    public static IReadOnlyList<string> Fields { get; } =
        [AccountIdField, TriggerField, ContextField, CustomerWordsField, SentimentField, TicketIdField, EstimatedArrField];

    [Required]
    [JsonPropertyName(AccountIdField)]
    [Description("The SalesOps id of the account the signal is about.")]
    public int AccountId { get; set; }

    [Required]
    [JsonPropertyName(TriggerField)]
    [Description("The expansion trigger, by its snake_case name (case-insensitive).")]
    public string Trigger { get; set; } = "";

    [Required]
    [JsonPropertyName(ContextField)]
    [MinLength(1)]
    [MaxLength(SignalInputValidator.MaxContextLength)]
    [Description("What the rep heard or saw; the account manager acts on this. Must not be empty.")]
    public string Context { get; set; } = "";

    [JsonPropertyName(CustomerWordsField)]
    [MaxLength(SignalInputValidator.MaxWordsLength)]
    [Description("The customer's own words, if quoted.")]
    public string? CustomerWords { get; set; }

    [JsonPropertyName(SentimentField)]
    [Description("The customer's sentiment: negative, neutral, positive (the default) or enthusiastic.")]
    public string? Sentiment { get; set; }

    [JsonPropertyName(TicketIdField)]
    [Description("The SalesOps id of the support ticket the signal came from; it must belong to the account.")]
    public long? TicketId { get; set; }

    [JsonPropertyName(EstimatedArrField)]
    [Range(0, (double)SignalInputValidator.MaxEstimatedArr)]
    [Description("The estimated size of the expansion in ARR, if anyone guessed.")]
    public decimal? EstimatedArr { get; set; }
}
