using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using SalesOps.Core.Security;
using SalesOps.Services.Configuration;

namespace SalesOps.Dashboard.Api;

/// <summary>
/// <c>crm_configuration.yaml</c> as a download for Settings › Configuration: the version in force, or any stored one
/// with <c>?version=N</c> (0: the built-in defaults).
/// </summary>
public static class ConfigurationEndpoints
{
    public const string FilePath = "/api/configuration/crm_configuration.yaml";

    public const string YamlContentType = "text/yaml; charset=utf-8";

    /// <summary>The page's link to a version's file (relative, as the pages' links are).</summary>
    public static string Href(int? version = null) =>
        FilePath.TrimStart('/') + (version is { } v ? "?version=" + v.ToString(CultureInfo.InvariantCulture) : "");

    public static IEndpointRouteBuilder MapConfigurationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FilePath, async (HttpContext http, IConfigurationFileService files, ICrmConfigurationService configuration, CancellationToken ct) =>
        {
            var version = ParseVersion(http.Request.Query["version"], out var error);
            if (error is not null)
            {
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Invalid version");
            }

            if (version is { } wanted && wanted > 0)
            {
                var versions = await configuration.ListVersionsAsync(ct);
                if (versions.All(v => v.Version != wanted))
                {
                    var latest = versions.Count == 0 ? "none is stored yet (0 is the built-in defaults)" : $"the latest is {versions.Max(v => v.Version)}";
                    return Results.Problem($"There is no configuration version {wanted}; {latest}.", statusCode: StatusCodes.Status404NotFound,
                        title: "No such version");
                }
            }

            var export = await files.ExportAsync(version, ct);
            return Results.File(Encoding.UTF8.GetBytes(export.Yaml), YamlContentType, export.FileName);
        }).RequireAuthorization(Policies.ManageConfiguration);
        return endpoints;
    }

    /// <summary>Null when absent; otherwise a version number from 0, or <paramref name="error"/> naming the parameter.</summary>
    internal static int? ParseVersion(StringValues values, out string? error)
    {
        error = null;
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            error = $"version is given {values.Count} times; give it once.";
            return null;
        }

        var text = values[0] ?? "";
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            error = $"version '{text}' must be a version number: 0 for the built-in defaults, or a stored version from 1.";
            return null;
        }

        return version;
    }
}
