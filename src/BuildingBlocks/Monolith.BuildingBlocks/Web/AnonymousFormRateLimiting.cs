using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.BuildingBlocks.Web;

/// <summary>Settings of <see cref="AnonymousFormRateLimiting"/> (<c>RateLimiting:AnonymousForms</c>).</summary>
public sealed class AnonymousFormLimitOptions
{
    public const string Section = "RateLimiting:AnonymousForms";

    /// <summary>Form submissions one client address may make per window.</summary>
    public int PermitLimit { get; set; } = 5;

    /// <summary>The window, in minutes.</summary>
    public int WindowMinutes { get; set; } = 10;
}

/// <summary>
/// A per-address limit on the submissions of forms that anyone may send without signing in (ASP.NET Core's built-in
/// rate limiting, fixed window): a page opts in with <c>[EnableRateLimiting(AnonymousFormRateLimiting.Policy)]</c>.
/// Only POSTs count; reading the form is never limited. Over the limit the client gets 429 and the Chinese error page
/// (the limiter's one rejection handler is the sign-in limiter's: problem details for the API, the error page otherwise).
/// The address is the one sign-in throttling uses: behind a reverse proxy, configure forwarded headers so that it is
/// the client's.
/// </summary>
public static class AnonymousFormRateLimiting
{
    public const string Policy = "anonymous-form";

    public static IServiceCollection AddAnonymousFormRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<AnonymousFormLimitOptions>().BindConfiguration(AnonymousFormLimitOptions.Section);
        services.AddRateLimiter(o => o.AddPolicy(Policy, Partition));
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var settings = context.RequestServices.GetRequiredService<IOptions<AnonymousFormLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(SignInRateLimiting.ClientAddress(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.PermitLimit),
            Window = TimeSpan.FromMinutes(Math.Max(1, settings.WindowMinutes)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
