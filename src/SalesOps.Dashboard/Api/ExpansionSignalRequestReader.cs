using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;
using F = SalesOps.Dashboard.Api.ExpansionSignalRequest;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// Reads the JSON body of the help-desk API into a <see cref="SignalInput"/>, naming every field that is missing, of
/// the wrong type, unknown or out of range (not only the first, as a deserializer would), and computes the request's
/// hash over a canonical form, so a retry that formats the same signal differently still counts as the same request.
/// The checks that need the database (does the account exist?) stay in the signal service.
/// </summary>
public static class ExpansionSignalRequestReader
{
    /// <summary>The body field that problems with the body as a whole are reported under.</summary>
    public const string BodyField = "body";

    private static readonly string TriggerNames = string.Join(", ", TriggerCatalog.All.Select(t => t.YamlKey));

    private static readonly string SentimentNames = string.Join(", ", Enum.GetNames<Sentiment>().Select(n => n.ToLowerInvariant()));

    public static ExpansionSignalReadResult Read(ReadOnlyMemory<byte> body)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (body.IsEmpty)
        {
            Add(BodyField, "The body is empty. Send the signal as a JSON object, e.g. {\"account_id\": 42, \"trigger\": \"need_for_more_capacity\", \"context\": \"...\"}.");
            return Result(null, null, errors);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            Add(BodyField, $"The body is not valid JSON: {ex.Message}");
            return Result(null, null, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Add(BodyField, $"The body is a JSON {Describe(root.ValueKind)}; send a JSON object with the fields {string.Join(", ", F.Fields)}.");
                return Result(null, null, errors);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (!F.Fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    Add(property.Name, $"'{property.Name}' is not a field of a signal. The fields are: {string.Join(", ", F.Fields)} (snake_case, as written).");
                }
                else if (!seen.Add(property.Name))
                {
                    Add(property.Name, $"'{property.Name}' appears more than once; send it once.");
                }
            }

            var accountId = ReadAccountId(root, Add);
            var trigger = ReadTrigger(root, Add);
            var context = ReadString(root, F.ContextField, Add, "Say what the customer said or did: the context is what the account manager acts on.");
            var words = ReadString(root, F.CustomerWordsField, Add, required: null);
            var sentiment = ReadSentiment(root, Add);
            var ticketId = ReadTicketId(root, Add);
            var arr = ReadEstimatedArr(root, Add);

            // Placeholders where a field could not be read, so the remaining rules still run and every field is named at once.
            var input = new SignalInput(accountId ?? 0, trigger ?? ExpansionTrigger.NeedForMoreCapacity, context, words,
                sentiment ?? Sentiment.Positive, ticketId, arr);
            foreach (var rule in SignalInputValidator.Validate(input).Where(r => !errors.ContainsKey(r.Field)))
            {
                Add(rule.Field, rule.Message);
            }

            return errors.Count > 0 ? Result(null, null, errors) : Result(input, Hash(input), errors);
        }
    }

    /// <summary>
    /// SHA-256 (hex) of the signal in a fixed form: fields in a fixed order, the trigger by its catalog name, numbers
    /// without trailing zeros. Two bodies that mean the same signal hash alike.
    /// </summary>
    public static string Hash(SignalInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(input.AccountId);
            writer.WriteStringValue(TriggerCatalog.Of(input.Trigger).YamlKey);
            writer.WriteStringValue(input.Context);
            writer.WriteStringValue(input.CustomerWords);
            writer.WriteStringValue(input.Sentiment.ToString().ToLowerInvariant());
            if (input.TicketId is { } ticket)
            {
                writer.WriteNumberValue(ticket);
            }
            else
            {
                writer.WriteNullValue();
            }

            // Dividing by 1.000… drops trailing zeros, so 5000 and 5000.00 are the same amount.
            writer.WriteStringValue((input.EstimatedArr / 1.000000000000000000000000000000000m)?.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static int? ReadAccountId(JsonElement root, Action<string, string> add)
    {
        if (!root.TryGetProperty(F.AccountIdField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            add(F.AccountIdField, "account_id is required: the SalesOps id of the account the signal is about.");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && id > 0)
        {
            return id;
        }

        add(F.AccountIdField, $"account_id must be a positive whole number (the account's SalesOps id), not {Describe(value)}.");
        return null;
    }

    private static ExpansionTrigger? ReadTrigger(JsonElement root, Action<string, string> add)
    {
        if (!root.TryGetProperty(F.TriggerField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            add(F.TriggerField, $"trigger is required. Use one of: {TriggerNames}.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            add(F.TriggerField, $"trigger must be a string, not {Describe(value)}. Use one of: {TriggerNames}.");
            return null;
        }

        var name = value.GetString()!.Trim();
        var entry = TriggerCatalog.All.FirstOrDefault(t => string.Equals(t.YamlKey, name, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            add(F.TriggerField, $"'{Shorten(name)}' is not an expansion trigger. Use one of: {TriggerNames}.");
            return null;
        }

        return entry.Trigger;
    }

    private static Sentiment? ReadSentiment(JsonElement root, Action<string, string> add)
    {
        if (!root.TryGetProperty(F.SentimentField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var name = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        foreach (var sentiment in Enum.GetValues<Sentiment>())
        {
            if (string.Equals(sentiment.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return sentiment;
            }
        }

        add(F.SentimentField, name is null
            ? $"sentiment must be a string, not {Describe(value)}. Use one of: {SentimentNames}."
            : $"'{Shorten(name)}' is not a sentiment. Use one of: {SentimentNames}.");
        return null;
    }

    private static long? ReadTicketId(JsonElement root, Action<string, string> add)
    {
        if (!root.TryGetProperty(F.TicketIdField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id) && id > 0)
        {
            return id;
        }

        add(F.TicketIdField, $"ticket_id must be a positive whole number (the ticket's SalesOps id) or null, not {Describe(value)}.");
        return null;
    }

    private static decimal? ReadEstimatedArr(JsonElement root, Action<string, string> add)
    {
        if (!root.TryGetProperty(F.EstimatedArrField, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount))
        {
            return amount;
        }

        add(F.EstimatedArrField, $"estimated_arr must be a number (an amount of ARR, e.g. 12000) or null, not {Describe(value)}.");
        return null;
    }

    /// <summary>A string field's value; a missing or null required field gets <paramref name="required"/> as its error.</summary>
    private static string? ReadString(JsonElement root, string field, Action<string, string> add, string? required)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required is not null)
            {
                add(field, $"{field} is required. {required}");
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        add(field, $"{field} must be a string, not {Describe(value)}.");
        return null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString() ?? "")}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        _ => "a " + Describe(value.ValueKind),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>Echoes of the caller's values stay short, so an error never carries a whole text back.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static ExpansionSignalReadResult Result(SignalInput? input, string? hash, Dictionary<string, List<string>> errors) =>
        new(input, hash, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
