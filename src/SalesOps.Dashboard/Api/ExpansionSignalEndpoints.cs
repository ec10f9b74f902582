using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SalesOps.Core.Security;
using SalesOps.Services.Expansion;
using SalesOps.Services.Security;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// The help-desk API: <c>POST /api/expansion-signals</c> lets a help-desk macro or webhook log an expansion signal with
/// an API key (<see cref="ApiKeyAuthentication"/>) and an <c>Idempotency-Key</c> header, so a retried request is never
/// stored twice. Only the API-key scheme is accepted here: a browser's sign-in cookie does not open this endpoint, so it
/// cannot be driven cross-site and every write is attributable to a key. See docs/decisions/0007.
/// </summary>
public static class ExpansionSignalEndpoints
{
    public const string Path = "/api/expansion-signals";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Set (to "true") on a 200 that answers a replay of a request stored before.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>Room for both texts at their longest, even written entirely as \u escapes; anything bigger is refused unread.</summary>
    public const int MaxBodyBytes = 128 * 1024;

    /// <summary>How the signal service says that it answered with the signal stored the first time.</summary>
    private const string ReplayMessagePrefix = "Already received";

    public static IEndpointRouteBuilder MapExpansionSignalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, LogSignalAsync)
            .RequireAuthorization(new AuthorizeAttribute(Policies.LogSignals) { AuthenticationSchemes = ApiKeyAuthentication.SchemeName })
            .WithGroupName(OpenApiHostingExtensions.DocumentName)
            .WithName("LogExpansionSignal")
            .WithTags("Expansion signals")
            .WithSummary("Log an expansion signal from the help desk")
            .WithDescription(
                "Stores the signal and notifies the account's account manager at once. Send the API key in the X-Api-Key header and a " +
                "unique Idempotency-Key per signal: repeating a request with the same key and the same body answers 200 with the signal " +
                "stored the first time (nothing is stored twice); the same key with a different body answers 422. Every problem with the " +
                "body is reported at once, field by field, as application/problem+json with an `errors` member.")
            // Not .Accepts<T>(): that metadata also filters routing by Content-Type, so a wrong one would meet the framework's
            // bodiless 415 (and the HTML status page) instead of this endpoint's problem details.
            .AddOpenApiOperationTransformer(HelpDeskApiTransformers.DescribeJsonBodyAsync<ExpansionSignalRequest>)
            .Produces<ExpansionSignalResponse>(StatusCodes.Status201Created)
            .Produces<ExpansionSignalResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .Produces<string>(StatusCodes.Status429TooManyRequests, "text/plain");
        return endpoints;
    }

    private static async Task<IResult> LogSignalAsync(
        HttpContext http,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        IExpansionSignalService signals,
        CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(
                $"Send the signal as JSON with the header Content-Type: application/json (this request said {http.Request.ContentType ?? "nothing"}).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON");
        }

        var body = await ReadBodyAsync(http.Request, ct);
        if (body is null)
        {
            return Results.Problem($"The body is larger than {MaxBodyBytes / 1024} KB; a signal's texts are at most a few thousand characters each.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large");
        }

        var read = ExpansionSignalRequestReader.Read(body);
        var errors = read.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        if (IdempotencyKeyError(idempotencyKey) is { } keyError)
        {
            errors[IdempotencyKeyHeader] = [keyError];
        }

        if (errors.Count > 0 || read.Input is null)
        {
            return NotStored(errors, StatusCodes.Status400BadRequest);
        }

        SignalResult result;
        try
        {
            result = await signals.LogAsync(read.Input, ScopedIdempotencyKey(http.User, idempotencyKey!), read.RequestHash, ct);
        }
        catch (AccessDeniedException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        switch (result.Outcome)
        {
            case SignalOutcome.Saved:
                var response = ExpansionSignalResponse.From(result.Signal!);
                if (result.Message?.StartsWith(ReplayMessagePrefix, StringComparison.Ordinal) == true)
                {
                    http.Response.Headers[ReplayedHeader] = "true";
                    return Results.Ok(response);
                }

                return Results.Created(response.Link, response);

            case SignalOutcome.Invalid when result.Errors.Any(e => e.Field == "idempotency_key"):
                // The IETF Idempotency-Key draft: reusing a key with a different payload is 422.
                return NotStored(
                    new Dictionary<string, string[]>(StringComparer.Ordinal)
                    {
                        [IdempotencyKeyHeader] =
                        [
                            $"The idempotency key '{idempotencyKey!.Trim()}' was already used for a different signal; nothing was stored. " +
                            "Use a new key for a new signal, and resend exactly the same body only when retrying.",
                        ],
                    },
                    StatusCodes.Status422UnprocessableEntity,
                    "The idempotency key was already used for a different signal.");

            case SignalOutcome.Invalid:
                return NotStored(
                    result.Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
                    StatusCodes.Status400BadRequest);

            default:
                throw new InvalidOperationException($"Logging a signal answered {result.Outcome}: {result.Message}");
        }
    }

    private static IResult NotStored(Dictionary<string, string[]> errors, int status, string? detail = null)
    {
        var fields = string.Join(", ", errors.Keys.Order(StringComparer.Ordinal));
        return Results.ValidationProblem(
            errors,
            detail: detail ?? (errors.Count == 1 ? $"1 field needs fixing: {fields}." : $"{errors.Count} fields need fixing: {fields}."),
            statusCode: status,
            title: "The signal was not stored");
    }

    /// <summary>Null when the header is usable, else what to send instead.</summary>
    private static string? IdempotencyKeyError(string? key)
    {
        var trimmed = key?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return $"Send an {IdempotencyKeyHeader} header with a value unique to this signal (e.g. the ticket id and the event), " +
                   "so that a retried request is recognised and not stored twice.";
        }

        if (trimmed.Length > MaxIdempotencyKeyLength)
        {
            return $"The {IdempotencyKeyHeader} is {trimmed.Length} characters long; keep it to {MaxIdempotencyKeyLength}.";
        }

        return trimmed.All(c => c is >= ' ' and <= '~')
            ? null
            : $"The {IdempotencyKeyHeader} may contain printable ASCII characters only.";
    }

    /// <summary>
    /// Idempotency keys are stored per API key: two help desks that both use ticket numbers as keys never collide, and
    /// one integration cannot probe another's keys.
    /// </summary>
    private static string ScopedIdempotencyKey(ClaimsPrincipal user, string key)
    {
        var apiKeyId = user.FindFirstValue(IntegrationPrincipal.ApiKeyClaim)
            ?? throw new InvalidOperationException("The help-desk API ran for a principal without an API key.");
        return $"api-key-{apiKeyId}:{key.Trim()}";
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/> (stopping as soon as that is clear).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
