using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Platform.Accounts;
using Monolith.Modules.Platform.Audit;
using Monolith.Modules.Platform.Calendar;
using Monolith.Modules.Platform.Notifications;

namespace Monolith.Modules.Platform.Persistence;

/// <summary>
/// Staff accounts, the audit log, the working-day calendar and the data-protection key ring that every host on the
/// database shares (ADR 0045): schema "platform", tables prefixed "Platform".
/// </summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : ModuleDbContext(options, PlatformModule.Descriptor), IDataProtectionKeyContext
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<InboxItem> InboxItems => Set<InboxItem>();

    /// <summary>The keys that protect sign-in cookies and antiforgery tokens (table PlatformDataProtectionKeys).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AccountConfiguration());
        modelBuilder.ApplyConfiguration(new SignInThrottleConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarDayConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new InboxItemConfiguration());
    }
}
