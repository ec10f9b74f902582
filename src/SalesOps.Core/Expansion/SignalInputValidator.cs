using System.Globalization;
using SalesOps.Core.Validation;

namespace SalesOps.Core.Expansion;

/// <summary>The checks on a signal that need nothing but the input itself; the account and ticket are checked by the service.</summary>
public static class SignalInputValidator
{
    public const int MaxContextLength = 4000;
    public const int MaxWordsLength = 4000;
    public const decimal MaxEstimatedArr = 100_000_000m;

    public static List<FieldError> Validate(SignalInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (input.AccountId <= 0)
        {
            errors.Add(new("account_id", "Choose the account the signal is about."));
        }

        if (!Enum.IsDefined(input.Trigger))
        {
            errors.Add(new("trigger", $"'{input.Trigger}' is not an expansion trigger. Use one of: {string.Join(", ", TriggerCatalog.All.Select(t => t.YamlKey))}."));
        }

        if (string.IsNullOrWhiteSpace(input.Context))
        {
            errors.Add(new("context", "Say what you heard or saw: the context is what the account manager acts on."));
        }
        else if (input.Context.Trim().Length > MaxContextLength)
        {
            errors.Add(new("context", $"The context is {input.Context.Trim().Length} characters long; keep it to {MaxContextLength}."));
        }

        if (input.CustomerWords?.Trim().Length > MaxWordsLength)
        {
            errors.Add(new("customer_words", $"The customer's words are {input.CustomerWords.Trim().Length} characters long; keep them to {MaxWordsLength}."));
        }

        if (!Enum.IsDefined(input.Sentiment))
        {
            errors.Add(new("sentiment", $"'{input.Sentiment}' is not a sentiment. Use negative, neutral, positive or enthusiastic."));
        }

        if (input.EstimatedArr is < 0 or > MaxEstimatedArr)
        {
            errors.Add(new("estimated_arr", string.Create(CultureInfo.InvariantCulture,
                $"The estimated size is {input.EstimatedArr:0.##}; it must be between 0 and {MaxEstimatedArr:0}.")));
        }

        return errors;
    }
}
