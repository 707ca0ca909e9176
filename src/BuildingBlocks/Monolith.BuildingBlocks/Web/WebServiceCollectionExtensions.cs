using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using CookieTempDataProviderOptions = Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Web;

public static class WebServiceCollectionExtensions
{
    public const string AdministratorPolicy = "Administrator";

    public static string ModulePolicy(ModuleInfo module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return $"Module:{module.Name}";
    }

    /// <summary>
    /// Cookie sign-in, one policy per module (its roles only), problem details and JSON conventions, and the reverse
    /// proxies whose X-Forwarded-For/-Proto headers are believed (<see cref="ReverseProxySection"/>).
    /// </summary>
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IEnumerable<IModule> modules, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddProblemDetails();
        services.AddAnonymousFormRateLimiting();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new UnparsableCheckboxValues()));
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "monolith.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;

                // Secure whenever the request came over TLS, including TLS ended at a trusted reverse proxy (UseForwardedHeaders).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);

                // A cookie outlives its session once the account signs out, is disabled or changes its password.
                o.Events.OnValidatePrincipal = ValidateSessionAsync;

                // API callers get status codes, not a redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
            });

        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response
        });
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<ForwardedHeadersOptions>(o => ConfigureReverseProxies(o, configuration.GetSection(ReverseProxySection)));
        services.AddSignInRateLimiting(configuration);

        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(PlatformRoles.Administrator));
        services.Configure<AuthorizationOptions>(o =>
        {
            foreach (var module in modules)
            {
                o.AddPolicy(ModulePolicy(module.Info), p => p.RequireRole(module.Info.RoleNames));
            }
        });
        return services;
    }

    /// <summary>
    /// "ReverseProxy": KnownProxies (addresses) and KnownNetworks (CIDR) whose forwarded headers are trusted, besides
    /// the loopback the framework trusts by default. A request from anywhere else keeps its own address and scheme.
    /// </summary>
    public const string ReverseProxySection = "ReverseProxy";

    internal static void ConfigureReverseProxies(ForwardedHeadersOptions options, IConfiguration section)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>
    /// Protects a module's pages (area = module name) with the module's policy, except the pages named (paths within the
    /// area, e.g. "/Requested"), which any signed-in staff member may open: a module's view for the agencies that
    /// asked it something. No page of a module is anonymous.
    /// </summary>
    public static IServiceCollection AddModulePages(this IServiceCollection services, ModuleInfo module, params string[] pagesForAnySignedInUser)
    {
        ArgumentNullException.ThrowIfNull(module);
        var open = new HashSet<string>(pagesForAnySignedInUser, StringComparer.OrdinalIgnoreCase);
        // PostConfigure: AddRazorPages' own setup replaces RazorPagesOptions.Conventions with a new collection, so a
        // convention added by a plain Configure registered before AddRazorPages (modules register first) would be lost
        // and the module's pages left open to anyone.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AddAreaFolderApplicationModelConvention(module.Name, "/", page =>
            page.EndpointMetadata.Add(open.Contains(page.ViewEnginePath) ? new AuthorizeAttribute() : new AuthorizeAttribute(ModulePolicy(module)))));
        return services;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetService<ISignInService>();
        if (context.Principal is null || sessions is null || await sessions.IsSessionCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static Task ApiOrRedirect(HttpContext context, string redirectUri, int apiStatus)
    {
        // The API and the operations endpoints (/metrics, /health) answer machines: a status, not the sign-in page.
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || Diagnostics.TelemetryServiceCollectionExtensions.IsOperationsPath(context.Request.Path))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
