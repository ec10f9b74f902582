using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SalesOps.Core.Domain;
using SalesOps.Core.Expansion;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// What the generated OpenAPI document cannot know by itself: the API-key security scheme (and which operations need
/// it, read from their authorization metadata), that the Idempotency-Key header is required, and the allowed trigger
/// and sentiment names.
/// </summary>
public static class HelpDeskApiTransformers
{
    public static Task DescribeDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "SalesOps help-desk API",
            Version = "v1",
            Description =
                "Lets a help desk post expansion signals to SalesOps. Ops managers create API keys under Administration → API keys; " +
                "send the key in the X-Api-Key header. Errors are application/problem+json (RFC 9457); validation errors name each field " +
                "in `errors`. Requests are rate-limited per client address (429 with Retry-After).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.HeaderName,
            Description = "An API key created by an ops manager (shown once, at creation). Revoked keys get 401.",
        };
        return Task.CompletedTask;
    }

    public static Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var usesApiKey = metadata.OfType<IAuthorizeData>()
            .Any(a => a.AuthenticationSchemes?.Split(',', StringSplitOptions.TrimEntries).Contains(ApiKeyAuthentication.SchemeName, StringComparer.Ordinal) == true);
        if (usesApiKey)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, context.Document)] = [],
            });
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Header && parameter.Name == ExpansionSignalEndpoints.IdempotencyKeyHeader)
            {
                parameter.Required = true;
                parameter.Description =
                    $"A value unique to this signal (at most {ExpansionSignalEndpoints.MaxIdempotencyKeyLength} printable ASCII characters), " +
                    "e.g. the ticket id and the event. Keys are kept per API key. Same key and same body again: 200 with the stored signal " +
                    $"and {ExpansionSignalEndpoints.ReplayedHeader}: true. Same key, different body: 422.";
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Declares a JSON request body of type <typeparamref name="TBody"/>, as a reusable component schema.</summary>
    public static async Task DescribeJsonBodyAsync<TBody>(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI operation has no document.");
        var name = typeof(TBody).Name;
        document.AddComponent(name, await context.GetOrCreateSchemaAsync(typeof(TBody), parameterDescription: null, ct));
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(name, document) },
            },
        };
    }

    public static Task DescribeSchemaAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(ExpansionSignalRequest) || schema.Properties is not { } properties)
        {
            return Task.CompletedTask;
        }

        if (properties.TryGetValue(ExpansionSignalRequest.TriggerField, out var trigger) && trigger is OpenApiSchema triggerSchema)
        {
            triggerSchema.Enum = [.. TriggerCatalog.All.Select(t => (JsonNode)JsonValue.Create(t.YamlKey))];
        }

        if (properties.TryGetValue(ExpansionSignalRequest.SentimentField, out var sentiment) && sentiment is OpenApiSchema sentimentSchema)
        {
            sentimentSchema.Enum = [.. Enum.GetNames<Sentiment>().Select(n => (JsonNode)JsonValue.Create(n.ToLowerInvariant()))];
        }

        return Task.CompletedTask;
    }
}
