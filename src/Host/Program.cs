using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Web;
using Monolith.Host;

var builder = WebApplication.CreateBuilder(args);
var modules = ModuleList.All;

builder.Services.AddPlatform(builder.Configuration, modules);
builder.Services.AddPlatformWeb(modules);
builder.Services.AddPlatformJobs(builder.Configuration);
builder.Services.AddRazorPages(o =>
{
    // Module areas are protected by each module's own policy (AddModulePages); these are the host's pages.
    o.Conventions.AuthorizePage("/Index");
    o.Conventions.AuthorizePage("/Logout");
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
});
// Pages are Chinese: emit it as UTF-8 text rather than one HTML entity per character.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddOpenApi();
builder.Services.AddPlatformHealthChecks();

var app = builder.Build();

// Tooling mode: write the idempotent SQL Server script of all migrations and exit (README, "SQL Server").
if (app.Configuration["Tools:SqlServerScript"] is { Length: > 0 } scriptPath)
{
    await SqlServerScript.WriteAsync(app.Services, scriptPath);
    return;
}

await PlatformStartup.InitializeAsync(app.Services, app.Configuration);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAdministratorJobDashboard();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapAuthEndpoints();
app.MapDeadlineRules();
app.MapMessageAdministration();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

app.MapRazorPages();
await app.RunAsync();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
