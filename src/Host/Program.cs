using Monolith.Host;

var builder = WebApplication.CreateBuilder(args);
var app = MonolithApp.Build(builder, ModuleList.All);
await MonolithApp.RunAsync(app);

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
