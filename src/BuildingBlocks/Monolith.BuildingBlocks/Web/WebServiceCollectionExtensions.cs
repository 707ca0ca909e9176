using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
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

    /// <summary>Cookie sign-in, one policy per module (its roles only), problem details and JSON conventions.</summary>
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services, IEnumerable<IModule> modules)
    {
        services.AddProblemDetails();
        services.AddAnonymousFormRateLimiting();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
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
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);

                // API callers get status codes, not a redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
            });

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

    /// <summary>Protects a module's pages (area = module name) with the module's policy.</summary>
    public static IServiceCollection AddModulePages(this IServiceCollection services, ModuleInfo module)
    {
        ArgumentNullException.ThrowIfNull(module);
        // PostConfigure: AddRazorPages' own setup replaces RazorPagesOptions.Conventions with a new collection, so a
        // convention added by a plain Configure registered before AddRazorPages (modules register first) would be lost
        // and the module's pages left open to anyone.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder(module.Name, "/", ModulePolicy(module)));
        return services;
    }

    private static Task ApiOrRedirect(HttpContext context, string redirectUri, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
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
