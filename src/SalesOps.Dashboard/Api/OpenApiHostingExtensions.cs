namespace SalesOps.Dashboard.Api;

/// <summary>
/// The OpenAPI description of the integration API, served at <c>/openapi/v1.json</c> without sign-in (it holds no data,
/// and a help-desk admin needs it before they have anything to sign in with). Only endpoints that opt in with
/// <c>WithGroupName(DocumentName)</c> are described: the pages' own endpoints (sign-out, CSV export) are not an API
/// for integrations.
/// </summary>
public static class OpenApiHostingExtensions
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddSalesOpsOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = description => string.Equals(description.GroupName, DocumentName, StringComparison.Ordinal);
            o.AddDocumentTransformer(HelpDeskApiTransformers.DescribeDocumentAsync);
            o.AddOperationTransformer(HelpDeskApiTransformers.DescribeOperationAsync);
            o.AddSchemaTransformer(HelpDeskApiTransformers.DescribeSchemaAsync);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSalesOpsOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().AllowAnonymous();
        return endpoints;
    }
}
