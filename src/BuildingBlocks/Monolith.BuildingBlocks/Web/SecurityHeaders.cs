using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// The headers every response carries, whatever produced it (a page, the API, a static file, the error page after
/// the exception handler cleared the response): they are added as the response starts.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Pages load scripts, styles and images from this site only and cannot be framed. The only inline scripts that run
    /// are those a page marks with this response's nonce (<see cref="CspNonce"/>, e.g. a chart's set-up): an injected
    /// script cannot know it.
    /// </summary>
    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; img-src 'self' data:";

    private const string NonceKey = "Monolith.CspNonce";

    /// <summary>Hangfire's dashboard (administrators only) writes inline scripts and styles; everything else as above.</summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; img-src 'self' data:";

    public const string DashboardPath = "/hangfire";

    /// <summary>This response's script nonce, for <c>&lt;script nonce="@HttpContext.CspNonce()"&gt;</c>.</summary>
    public static string CspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // The path as it arrived: branches (the dashboard) and the error page rewrite it before the response starts.
        var path = context.Request.PathBase + context.Request.Path;
        context.Response.OnStarting(() =>
        {
            Apply(context, path);
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static void Apply(HttpContext context, PathString path)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = path.StartsWithSegments(DashboardPath, StringComparison.OrdinalIgnoreCase)
            ? DashboardContentSecurityPolicy
            : ContentSecurityPolicy(context.CspNonce());

        // Answers of the API and pages carry personal data: no cache (browser, proxy) may keep them. Static files may.
        var type = context.Response.ContentType ?? string.Empty;
        if (ErrorPages.IsApi(path)
            || type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }
    }
}
