using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.WebEncoders;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Diagnostics;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Web;

namespace Monolith.Host;

/// <summary>
/// The service composed of a list of modules: Program composes <see cref="ModuleList.All"/>; a test may compose the
/// same service with other modules (a fixture module the building blocks have never heard of, say).
/// </summary>
public static class MonolithApp
{
    /// <summary>
    /// Registers the platform, the web conventions, the jobs and the pages of exactly <paramref name="modules"/>
    /// (which, like <see cref="ModuleList.All"/>, include the platform module and the host's own), builds the
    /// application and maps its middleware and endpoints. Nothing touches the database yet: see <see cref="InitializeAsync"/>.
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(modules);

        foreach (var provider in DatabaseProviderList.All)
        {
            builder.Services.AddDatabaseProvider(provider);
        }

        builder.Services.AddPlatform(builder.Configuration, modules);
        builder.Services.AddPlatformWeb(modules, builder.Configuration);
        builder.Services.AddPlatformJobs(builder.Configuration);
        builder.Services.AddRazorPages(o =>
        {
            // Module areas are protected by each module's own policy (AddModulePages); these are the host's pages.
            o.Conventions.AuthorizePage("/Index");
            o.Conventions.AuthorizePage("/Logout");
            o.Conventions.AuthorizePage("/Inbox");
            o.Conventions.AuthorizeFolder("/Admin", WebServiceCollectionExtensions.AdministratorPolicy);
            o.Conventions.AuthorizeFolder("/Window", HostModule.JointWindowPolicy);
        }).AddMvcOptions(o =>
        {
            // Forms are validated by the commands' validators (Chinese messages); what model binding itself rejects is in Chinese too.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”的格式不正确。");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”的格式不正确。");
            messages.SetUnknownValueIsInvalidAccessor(_ => "填写的值格式不正确。");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值格式不正确。");
            messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
            messages.SetValueMustBeANumberAccessor(_ => "应填写数字。");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "应填写数字。");
            messages.SetValueMustNotBeNullAccessor(_ => "不能为空。");
            messages.SetMissingBindRequiredValueAccessor(_ => "缺少必填项。");
            messages.SetMissingKeyOrValueAccessor(() => "缺少必填项。");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "缺少请求内容。");
        }).ConfigureApplicationPartManager(parts => ComposeParts(parts, modules));

        // Pages are Chinese: emit it as UTF-8 text rather than one HTML entity per character.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOpenApi(OpenApiConventions.Configure);
        builder.Services.AddPlatformHealthChecks();
        builder.Services.AddPlatformTelemetry(builder.Configuration);
        builder.Logging.AddPlatformLogging(builder.Configuration);

        var app = builder.Build();

        // Behind a trusted reverse proxy (ReverseProxy:KnownProxies/KnownNetworks; loopback by default): the client's
        // address for the sign-in limits, and its scheme, so cookies are Secure when the browser used TLS.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UsePlatformErrorHandling();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        if (!IsToolingMode(app.Configuration))
        {
            // The dashboard opens the job storage as the pipeline is built; writing a schema script must not need the server.
            app.UseAdministratorJobDashboard();
        }

        app.MapPlatformHealthChecks();
        app.MapPlatformMetrics();
        app.MapOpenApi().AllowAnonymous();
        // Every API endpoint, whatever group a module maps it in, declares the error answers it can give (ApiResponses).
        var endpoints = app.MapGroup(string.Empty).WithPlatformErrorResponses();
        endpoints.MapAuthEndpoints();
        endpoints.MapDeadlineRules();
        endpoints.MapMessageAdministration();
        foreach (var module in modules)
        {
            module.MapEndpoints(endpoints);
        }

        app.MapRazorPages();
        return app;
    }

    /// <summary>What the service does once before it takes requests: migrate, initialise the modules, register the recurring jobs, seed the demo.</summary>
    public static Task InitializeAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return PlatformStartup.InitializeAsync(app.Services, app.Configuration);
    }

    /// <summary>Tooling mode: write the idempotent schema script of the configured engine to this path and exit.</summary>
    private const string SchemaScriptSetting = "Tools:SchemaScript";

    private static bool IsToolingMode(IConfiguration configuration) => configuration[SchemaScriptSetting] is { Length: > 0 };

    /// <summary>Initialises and runs the service until it is stopped; or, in tooling mode, writes the schema script and returns.</summary>
    public static async Task RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Tooling mode: write the idempotent script of all migrations on the configured engine and exit (docs/deployment.md).
        if (IsToolingMode(app.Configuration))
        {
            await SchemaScript.WriteAsync(app.Services, app.Configuration[$"{DatabaseOptions.Section}:Provider"] ?? "Sqlite", app.Configuration[SchemaScriptSetting]!);
            return;
        }

        await InitializeAsync(app);
        await app.RunAsync();
    }

    /// <summary>
    /// The pages served are the host's and those of the composed modules, taken from the module list rather than from
    /// whatever the host project references: a module's pages are found whether or not the host references it, and a
    /// module left out of the list serves none (they would be served without its policy, which only it registers).
    /// </summary>
    private static void ComposeParts(ApplicationPartManager parts, IEnumerable<IModule> modules)
    {
        parts.ApplicationParts.Clear();
        foreach (var assembly in modules.Select(m => m.GetType().Assembly).Prepend(typeof(MonolithApp).Assembly).Distinct())
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }
}
