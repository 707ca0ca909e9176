using Microsoft.EntityFrameworkCore;

namespace Monolith.Bench;

/// <summary>
/// The bare comparison service: one minimal-API endpoint that inserts one row, shaped like a registered application
/// (worker, employer, claims as text), with EF Core into the same database the host uses (the SQLite file in WAL mode,
/// or the PostgreSQL database). No login, validation, audit, outbox or deadline: the cost of the platform is what the
/// service does beyond this.
/// </summary>
internal static class Baseline
{
    public static async Task RunAsync(string provider, string connectionString, string url)
    {
        var sqlite = provider == "Sqlite";
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        builder.Services.AddDbContext<BaselineDb>(o =>
        {
            if (sqlite)
            {
                o.UseSqlite(connectionString);
            }
            else
            {
                o.UseNpgsql(connectionString);
            }
        });
        var app = builder.Build();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BaselineDb>();
            if (sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            var (id, text, instant) = sqlite ? ("TEXT", "TEXT", "TEXT") : ("uuid", "text", "timestamptz");
            var table =
                $"CREATE TABLE IF NOT EXISTS \"BenchBaselineApplications\" (\"Id\" {id} NOT NULL PRIMARY KEY, \"WorkerName\" {text} NOT NULL, " +
                $"\"ResidentIdNumber\" {text} NOT NULL, \"Phone\" {text} NOT NULL, \"EmployerName\" {text} NOT NULL, \"CreditCode\" {text} NOT NULL, " +
                $"\"Claims\" {text} NOT NULL, \"RegisteredAt\" {instant} NOT NULL);";
            await db.Database.ExecuteSqlRawAsync(table);
        }

        app.MapGet("/health", () => "Healthy");
        app.MapPost("/applications", async (Registration body, BaselineDb db, CancellationToken ct) =>
        {
            var row = new BaselineApplication
            {
                Id = Guid.CreateVersion7(),
                WorkerName = body.Applicant.Name,
                ResidentIdNumber = body.Applicant.ResidentIdNumber,
                Phone = body.Applicant.Phone,
                EmployerName = body.Respondent.Name,
                CreditCode = body.Respondent.CreditCode,
                Claims = string.Join(';', body.Claims.Select(c => $"{c.Type}:{c.Amount}")),
                RegisteredAt = DateTimeOffset.UtcNow,
            };
            db.Applications.Add(row);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/applications/{row.Id}", new { row.Id });
        });
        await app.RunAsync();
    }
}

internal sealed class BaselineDb(DbContextOptions<BaselineDb> options) : DbContext(options)
{
    public DbSet<BaselineApplication> Applications => Set<BaselineApplication>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BaselineApplication>().ToTable("BenchBaselineApplications");
}

internal sealed class BaselineApplication
{
    public Guid Id { get; set; }

    public required string WorkerName { get; set; }

    public required string ResidentIdNumber { get; set; }

    public required string Phone { get; set; }

    public required string EmployerName { get; set; }

    public required string CreditCode { get; set; }

    public required string Claims { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}
