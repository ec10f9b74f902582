using Microsoft.Extensions.Options;

namespace SalesOps.Data;

/// <summary>Refuses an unknown provider with a message that names it and lists the valid ones.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DatabaseOptions.TryParseProvider(options.Provider, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(DatabaseOptions.UnknownProviderMessage(options.Provider));
    }
}
