namespace SalesOps.Dashboard.Security;

/// <summary>
/// Adds the security headers to every response: pages, static files, health checks, redirects and error pages. They are
/// set when the response starts, so error handling that clears the response cannot drop them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Only our own scripts (no inline script at all, hence no import map in App.razor), styles, fonts and images; the
    /// Blazor WebSocket goes to the same origin ('self' covers ws/wss there). Blazor and MudBlazor set style attributes,
    /// and MudThemeProvider writes the theme's CSS variables into inline &lt;style&gt; elements (without a nonce, and
    /// their content changes with the theme and dark mode), so inline styles are allowed; scripts never are.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-elem 'self' 'unsafe-inline'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public const string WallPathPrefix = "/wall";

    private readonly RequestDelegate _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (((HttpContext)state).Request.Path.StartsWithSegments(WallPathPrefix, StringComparison.OrdinalIgnoreCase))
            {
                // The wall's URL is its credential: never send it on to anywhere in a Referer header.
                headers["Referrer-Policy"] = "no-referrer";
                // A wall gets numbers and nothing else: no cookie of any kind (the antiforgery cookie Blazor adds to
                // every static page included), so the TV holds no credential beyond its link.
                headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.SetCookie);
            }

            return Task.CompletedTask;
        }, context);
        return _next(context);
    }
}
