using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Identity;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Data shared by the whole platform and owned by no agency: staff accounts, the audit log and the working-day
/// calendar. Schema "platform"; tables prefixed "Platform".
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "platform";

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new AccountConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarDayConfiguration());
        TableNaming.PrefixTables(modelBuilder, "Platform");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PersistenceConventions.Apply(configurationBuilder, Database);
}
