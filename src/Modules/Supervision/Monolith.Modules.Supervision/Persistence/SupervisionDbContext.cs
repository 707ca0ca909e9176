using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Domain.Risk;

namespace Monolith.Modules.Supervision.Persistence;

internal sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options, SupervisionModule.Descriptor)
{
    public DbSet<OversightEntry> OversightEntries => Set<OversightEntry>();

    public DbSet<SupervisionLetter> Letters => Set<SupervisionLetter>();

    public DbSet<SupportOfProsecutionCase> SupportRequests => Set<SupportOfProsecutionCase>();

    public DbSet<RiskIndicator> RiskIndicators => Set<RiskIndicator>();

    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();

    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();

    public DbSet<RiskSettings> RiskSettings => Set<RiskSettings>();

    public DbSet<RiskImport> RiskImports => Set<RiskImport>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OversightEntry>(entry =>
        {
            entry.ToTable("OversightEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.HasIndex(e => e.DeadlineId).IsUnique();
            entry.Property(e => e.LinkageNumber).HasMaxLength(32);
            entry.Property(e => e.RuleId).HasMaxLength(64);
            entry.Property(e => e.RuleTitle).HasMaxLength(128);
            entry.Property(e => e.LegalBasis).HasMaxLength(512);
            entry.Property(e => e.PolicyProfile).HasMaxLength(128);
            entry.Property(e => e.SubjectReference).HasMaxLength(256);
            entry.Property(e => e.FollowedUpBy).HasMaxLength(64);
            entry.Property(e => e.FollowUpNote).HasMaxLength(1000);
            entry.Property(e => e.FollowUpResult).HasMaxLength(1000);
            entry.HasIndex(e => new { e.FollowedUpAt, e.MissedAt });
            entry.Property(e => e.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<SupervisionLetter>(letter =>
        {
            letter.ToTable("Letters");
            letter.HasKey(l => l.Id);
            letter.Property(l => l.Id).ValueGeneratedNever();
            letter.HasIndex(l => new { l.SourceModule, l.SourceLetterId }).IsUnique();
            letter.Property(l => l.SourceModule).HasMaxLength(32);
            letter.Property(l => l.IssuerModule).HasMaxLength(32);
            letter.Property(l => l.Number).HasMaxLength(64);
            letter.Property(l => l.IssuerAgency).HasMaxLength(100);
            letter.Property(l => l.IssuedBy).HasMaxLength(64);
            letter.Property(l => l.LinkageNumber).HasMaxLength(32);
            letter.Property(l => l.RecipientName).HasMaxLength(200);
            letter.Property(l => l.RecipientCreditCode).HasMaxLength(18);
            letter.Property(l => l.Findings).HasMaxLength(4000);
            letter.Property(l => l.LegalBasis).HasMaxLength(1200);
            letter.Property(l => l.Requests).HasMaxLength(2000);
            letter.Property(l => l.ReplyRuleId).HasMaxLength(64);
            letter.Property(l => l.ReplyRuleTitle).HasMaxLength(200);
            letter.Property(l => l.Reply).HasMaxLength(2000);
            letter.Property(l => l.ReplyRecordedBy).HasMaxLength(64);
            letter.Property(l => l.RectificationEvidence).HasMaxLength(2000);
            letter.Property(l => l.RectificationRecordedBy).HasMaxLength(64);
            letter.HasIndex(l => l.IssuedAt);
            letter.HasIndex(l => l.ChainRootId);
            letter.HasIndex(l => new { l.Status, l.IssuedAt });
            letter.HasIndex(l => l.RecipientCreditCode);
            letter.Property(l => l.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<SupportOfProsecutionCase>(request =>
        {
            request.ToTable("SupportRequests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.HasIndex(r => r.RequestId).IsUnique();
            request.HasIndex(r => r.ReceivedAt);
            request.Property(r => r.LinkageNumber).HasMaxLength(32);
            request.Property(r => r.RequestingModule).HasMaxLength(32);
            request.Property(r => r.RequestingAgencyName).HasMaxLength(100);
            request.Property(r => r.WorkerName).HasMaxLength(64);
            request.Property(r => r.WorkerResidentIdNumber).HasMaxLength(64);
            request.Property(r => r.WorkerPhone).HasMaxLength(64);
            request.Property(r => r.EmployerName).HasMaxLength(200);
            request.Property(r => r.EmployerCreditCode).HasMaxLength(18);
            request.Property(r => r.Claims).HasMaxLength(2000);
            request.Property(r => r.Reasons).HasMaxLength(2000);
            request.Property(r => r.RequestedBy).HasMaxLength(64);
            request.Property(r => r.DecisionReasons).HasMaxLength(2000);
            request.Property(r => r.DecidedBy).HasMaxLength(64);
            request.Property(r => r.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<RiskIndicator>(indicator =>
        {
            indicator.ToTable("RiskIndicators");
            indicator.HasKey(i => i.Id);
            indicator.Property(i => i.Id).ValueGeneratedNever();
            indicator.HasIndex(i => i.SourceKey).IsUnique();
            indicator.HasIndex(i => new { i.EmployerKey, i.OccurredOn });
            indicator.HasIndex(i => i.LinkageNumber);
            indicator.Property(i => i.SourceKey).HasMaxLength(128);
            indicator.Property(i => i.EmployerKey).HasMaxLength(200);
            indicator.Property(i => i.EmployerName).HasMaxLength(200);
            indicator.Property(i => i.Industry).HasMaxLength(64);
            indicator.Property(i => i.DistrictCode).HasMaxLength(12);
            indicator.Property(i => i.LinkageNumber).HasMaxLength(32);
            indicator.Property(i => i.Amount).HasPrecision(18, 2);
            indicator.Property(i => i.Note).HasMaxLength(500);
        });

        modelBuilder.Entity<RiskAssessment>(assessment =>
        {
            assessment.ToTable("RiskAssessments");
            assessment.HasKey(a => a.Id);
            assessment.Property(a => a.Id).ValueGeneratedNever();
            assessment.HasIndex(a => a.EmployerKey).IsUnique();
            assessment.HasIndex(a => new { a.Level, a.Score });
            assessment.Property(a => a.EmployerKey).HasMaxLength(200);
            assessment.Property(a => a.EmployerName).HasMaxLength(200);
            assessment.Property(a => a.Industry).HasMaxLength(64);
            assessment.Property(a => a.DistrictCode).HasMaxLength(12);
            assessment.Property(a => a.Score).HasConversion<double>();
            assessment.Property(a => a.RulesFired).HasMaxLength(4000);
            assessment.Property(a => a.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<RiskAlert>(alert =>
        {
            alert.ToTable("RiskAlerts");
            alert.HasKey(a => a.Id);
            alert.Property(a => a.Id).ValueGeneratedNever();
            alert.HasIndex(a => a.RaisedAt);
            alert.HasIndex(a => a.EmployerKey);
            alert.Property(a => a.EmployerKey).HasMaxLength(200);
            alert.Property(a => a.EmployerName).HasMaxLength(200);
            alert.Property(a => a.DistrictCode).HasMaxLength(12);
            alert.Property(a => a.Score).HasConversion<double>();
            alert.Property(a => a.RulesFired).HasMaxLength(4000);
        });

        modelBuilder.Entity<RiskSettings>(settings =>
        {
            settings.ToTable("RiskSettings");
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.RulesJson).HasMaxLength(8000);
            settings.Property(s => s.UpdatedBy).HasMaxLength(64);
            settings.Property(s => s.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<RiskImport>(import =>
        {
            import.ToTable("RiskImports");
            import.HasKey(i => i.Id);
            import.Property(i => i.Id).ValueGeneratedNever();
            import.HasIndex(i => i.ImportedAt);
            import.Property(i => i.FileName).HasMaxLength(200);
            import.Property(i => i.ImportedBy).HasMaxLength(64);
        });
    }
}
