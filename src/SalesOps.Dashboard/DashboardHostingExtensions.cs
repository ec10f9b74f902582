using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MudBlazor.Services;
using SalesOps.Dashboard.Api;
using SalesOps.Dashboard.Auth;
using SalesOps.Dashboard.Components;
using SalesOps.Dashboard.Security;
using SalesOps.Data.Startup;

namespace SalesOps.Dashboard;

/// <summary>The Blazor host: components, MudBlazor, the health endpoint and the middleware order.</summary>
public static class DashboardHostingExtensions
{
    public static IHostApplicationBuilder AddSalesOpsDashboard(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddWallDisplayHubAccess();
        builder.Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        builder.AddSalesOpsSecurity();
        builder.Services.AddSalesOpsOpenApi();
        return builder;
    }

    public static WebApplication UseSalesOpsDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First, so that every response (errors, redirects, static files) carries the security headers.
        app.UseSalesOpsSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseSalesOpsAuth();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapExportEndpoints();
        app.MapConfigurationEndpoints();
        app.MapExpansionSignalEndpoints();
        app.MapSalesOpsOpenApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().RequireSignInOrWallDisplayOnHub();

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var target = app.Services.GetRequiredService<DatabaseConnection>().Target;
        foreach (var address in addresses)
        {
            Console.WriteLine($"SalesOps Dashboard is running at {address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)} ({target})");
        }
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        // Status and a short description per check; exception details stay in the log.
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
