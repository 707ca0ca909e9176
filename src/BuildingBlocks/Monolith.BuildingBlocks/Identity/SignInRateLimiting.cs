using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Identity;

/// <summary>
/// Sign-in attempts (POST of the login API and page) are limited per client address with the framework's rate
/// limiter: <c>SignIn:PermitsPerMinute</c> (default 30) in any sliding minute, across every user name. Beyond that the
/// answer is 429 with Retry-After, before any password is checked. Per account, the platform module's lockout counts
/// failures per (user name, address), so one address cannot lock anyone out from another.
/// </summary>
public static class SignInRateLimiting
{
    public const string Policy = "sign-in";
    public const int DefaultPermitsPerMinute = 30;

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var permits = configuration.GetValue("SignIn:PermitsPerMinute", DefaultPermitsPerMinute);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            o.AddPolicy(Policy, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(http), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>The caller's address as the rate limiter and the lockout see it; behind a trusted proxy, the forwarded one.</summary>
    public static string ClientAddress(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (!ErrorPages.IsApi(context.HttpContext.Request))
        {
            return; // the status-code pages show the Chinese error page
        }

        await response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "登录尝试过于频繁",
                Detail = "来自本机的登录尝试过多，请稍后再试。",
            },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: cancellationToken);
    }
}
