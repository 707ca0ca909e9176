using Microsoft.EntityFrameworkCore;

namespace Monolith.Bench;

/// <summary>
/// The bare comparison service: one minimal-API endpoint that inserts one row, shaped like a registered application
/// (worker, employer, claims as text), with EF Core into the same SQLite file the host uses, in WAL mode. No login,
/// validation, audit, outbox or deadline: the cost of the platform is what the service does beyond this.
/// </summary>
internal static class Baseline
{
    public static async Task RunAsync(string databaseFile, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        builder.Services.AddDbContext<BaselineDb>(o => o.UseSqlite($"Data Source={databaseFile}"));
        var app = builder.Build();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BaselineDb>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS BenchBaselineApplications (Id TEXT NOT NULL PRIMARY KEY, WorkerName TEXT NOT NULL, " +
                "ResidentIdNumber TEXT NOT NULL, Phone TEXT NOT NULL, EmployerName TEXT NOT NULL, CreditCode TEXT NOT NULL, " +
                "Claims TEXT NOT NULL, RegisteredAt TEXT NOT NULL);");
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
