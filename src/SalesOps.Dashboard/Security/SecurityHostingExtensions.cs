using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SalesOps.Dashboard.Auth;

namespace SalesOps.Dashboard.Security;

/// <summary>Security headers, HTTPS when served over TLS, and rate limits on sign-in and the API.</summary>
public static class SecurityHostingExtensions
{
    public const string RateLimitedMessage = "Too many requests from your address. Wait a minute, then try again.";

    public static IHostApplicationBuilder AddSalesOpsSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.RateLimits.Login.PermitLimit > 0 && o.RateLimits.Login.Window > TimeSpan.Zero
                           && o.RateLimits.Api.PermitLimit > 0 && o.RateLimits.Api.Window > TimeSpan.Zero,
                "Security:RateLimits: every PermitLimit must be at least 1 and every Window longer than zero (e.g. \"00:01:00\").")
            .ValidateOnStart();

        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });

        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsync(RateLimitedMessage, ct);
            };
            // One global limiter that picks the limit by request: later /api endpoints are covered without opting in.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimits;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(AuthHostingExtensions.LoginPath, StringComparison.OrdinalIgnoreCase))
                {
                    return FixedWindow("login:" + client, limits.Login);
                }

                return context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? FixedWindow("api:" + client, limits.Api)
                    : RateLimitPartition.GetNoLimiter("none");
            });
        });
        return builder;
    }

    /// <summary>
    /// Headers first (so every response gets them), then HTTPS redirection and HSTS when the app is served over TLS,
    /// then rate limiting.
    /// </summary>
    public static WebApplication UseSalesOpsSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (ServedOverTls(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseRateLimiter();
        return app;
    }

    /// <summary>True when configured so (Security:RequireHttps) or when an https address is among the app's URLs.</summary>
    public static bool ServedOverTls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<bool>($"{SecurityOptions.SectionName}:{nameof(SecurityOptions.RequireHttps)}"))
        {
            return true;
        }

        static bool Https(string? value) => value?.Contains("https://", StringComparison.OrdinalIgnoreCase) == true;
        return Https(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => Https(e["Url"]));
    }

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitOptions.FixedWindow limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
