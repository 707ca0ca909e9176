using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Accounts;
using Monolith.Modules.Platform.Audit;
using Monolith.Modules.Platform.Calendar;
using Monolith.Modules.Platform.Notifications;

namespace Monolith.Modules.Platform.Persistence;

/// <summary>Staff accounts, the audit log and the working-day calendar: schema "platform", tables prefixed "Platform".</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options, PlatformModule.Descriptor)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AccountConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarDayConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new InboxItemConfiguration());
    }
}
