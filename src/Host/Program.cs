using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Web;
using Monolith.Host;

var builder = WebApplication.CreateBuilder(args);
var modules = ModuleList.All;

builder.Services.AddPlatform(builder.Configuration, modules);
builder.Services.AddPlatformWeb(modules);
builder.Services.AddPlatformJobs(builder.Configuration);
builder.Services.AddRazorPages();
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
app.MapIdentityEndpoints();
app.MapCalendarEndpoints();
app.MapMessageAdministration();
app.MapAuditEndpoints();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}

app.MapRazorPages();
await app.RunAsync();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
