using System.Globalization;
using System.Text;
using SalesOps.Core.Security;
using SalesOps.Services.Analytics;

namespace SalesOps.Dashboard.Api;

/// <summary>File exports: the same numbers as the pages, from the analytics service, with the page's filters.</summary>
public static class ExportEndpoints
{
    public const string AtRiskCsvPath = "/api/exports/at-risk.csv";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AtRiskCsvPath, async (HttpContext http, IAnalyticsService analytics, TimeProvider clock, CancellationToken ct) =>
        {
            var query = AtRiskFilters.Parse(http.Request.Query, out var error);
            if (error is not null)
            {
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid filter");
            }

            var csv = await analytics.GetAtRiskCsvAsync(query, ct);
            var date = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"at-risk-customers-{date}.csv");
        }).RequireAuthorization(Policies.ViewCustomers);
        return endpoints;
    }
}
