using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Persistence;

internal sealed class LegalAidDbContext(DbContextOptions<LegalAidDbContext> options) : ModuleDbContext(options, LegalAidModule.Descriptor)
{
    public DbSet<LegalAidApplication> Applications => Set<LegalAidApplication>();

    public DbSet<Lawyer> Lawyers => Set<Lawyer>();

    public DbSet<KnownTimeLimit> TimeLimits => Set<KnownTimeLimit>();

    public DbSet<OutgoingRequest> Requests => Set<OutgoingRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LegalAidApplication>(application =>
        {
            application.ToTable("Applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.Id).ValueGeneratedNever();
            application.Property(a => a.LinkageNumber).HasMaxLength(32);
            application.HasIndex(a => a.LinkageNumber);
            application.Property(a => a.EmployerName).HasMaxLength(100);
            application.Property(a => a.EmployerCreditCode).HasMaxLength(18);
            application.Property(a => a.DecidedBy).HasMaxLength(64);
            application.Property(a => a.RefusalReason).HasMaxLength(1000);
            application.Property(a => a.LawyerName).HasMaxLength(32);
            application.Property(a => a.LawFirm).HasMaxLength(100);
            application.Property(a => a.LawyerPhone).HasMaxLength(20);
            application.Property(a => a.Channel).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.Exemption).HasConversion<string>().HasMaxLength(32);
            application.Property(a => a.DeclaredMonthlyIncomePerCapita).HasPrecision(12, 2);
            application.Property(a => a.ReceivedBy).HasMaxLength(64);
            application.Property(a => a.MissingMaterials).HasMaxLength(2000);
            application.Property(a => a.AdvanceAidBasis).HasMaxLength(500);
            application.Property(a => a.GrantReasons).HasMaxLength(1000);
            application.Property(a => a.ObjectionText).HasMaxLength(2000);
            application.Property(a => a.ObjectionDecisionReasons).HasMaxLength(1000);
            application.Property(a => a.ObjectionDecidedBy).HasMaxLength(64);
            application.Property(a => a.ClosureSummary).HasMaxLength(2000);
            application.Property(a => a.ArchiveNumber).HasMaxLength(64);
            application.Property(a => a.SatisfactionComment).HasMaxLength(1000);
            application.Property(a => a.HardshipStatement).HasMaxLength(1000);
            application.Property(a => a.MatterDescription).HasMaxLength(2000);
            application.Property(a => a.ReplacedLawyerName).HasMaxLength(32);
            application.Property(a => a.ReplacementReason).HasMaxLength(500);
            application.HasIndex(a => a.LawyerId);
            application.HasMany(a => a.Representations).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
            application.Navigation(a => a.Representations).HasField("representations").UsePropertyAccessMode(PropertyAccessMode.Field);
            application.HasIndex(a => new { a.Status, a.ReceivedAt });
            application.Property(a => a.Version).IsConcurrencyToken();
            application.OwnsOne(a => a.Applicant, applicant =>
            {
                applicant.Property(p => p.Name).HasColumnName("ApplicantName").HasMaxLength(32);
                applicant.Property(p => p.ResidentIdNumber).HasColumnName("ApplicantIdNumber").HasMaxLength(18);
                applicant.Property(p => p.Phone).HasColumnName("ApplicantPhone").HasMaxLength(20);
                applicant.Property(p => p.IsMigrantWorker).HasColumnName("ApplicantIsMigrantWorker");
            });
            application.Navigation(a => a.Applicant).IsRequired();
            application.OwnsOne(a => a.Referral, referral =>
            {
                referral.Property(r => r.ReferralId).HasColumnName("ReferralId");
                referral.HasIndex(r => r.ReferralId).IsUnique();
                referral.Property(r => r.ReferringModule).HasColumnName("ReferringModule").HasMaxLength(32);
                referral.Property(r => r.ReferringAgencyName).HasColumnName("ReferringAgencyName").HasMaxLength(64);
                referral.Property(r => r.CaseReference).HasColumnName("ReferringCaseReference").HasMaxLength(64);
                referral.Property(r => r.ReferredBy).HasColumnName("ReferredBy").HasMaxLength(64);
                referral.Property(r => r.ConsentRecordedAt).HasColumnName("ConsentRecordedAt");
            });
            application.HasMany(a => a.Claims).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
            application.Navigation(a => a.Claims).HasField("claims").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<MatterClaim>(claim =>
        {
            claim.ToTable("Claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.Id).ValueGeneratedNever();
            claim.Property(c => c.Description).HasMaxLength(500);
        });

        modelBuilder.Entity<Lawyer>(lawyer =>
        {
            lawyer.ToTable("Lawyers");
            lawyer.HasKey(l => l.Id);
            lawyer.Property(l => l.Id).ValueGeneratedNever();
            lawyer.Property(l => l.Name).HasMaxLength(32);
            lawyer.Property(l => l.Firm).HasMaxLength(100);
            lawyer.Property(l => l.Phone).HasMaxLength(20);
            lawyer.HasMany(l => l.Engagements).WithOne().HasForeignKey("LawyerId").OnDelete(DeleteBehavior.Cascade);
            lawyer.Navigation(l => l.Engagements).HasField("engagements").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<EmployerEngagement>(engagement =>
        {
            engagement.ToTable("LawyerEngagements");
            engagement.HasKey(e => e.Id);
            engagement.Property(e => e.Id).ValueGeneratedNever();
            engagement.Property(e => e.EmployerName).HasMaxLength(100);
            engagement.Property(e => e.EmployerCreditCode).HasMaxLength(18);
            engagement.Property(e => e.Matter).HasMaxLength(200);
        });

        modelBuilder.Entity<Representation>(representation =>
        {
            representation.ToTable("Representations");
            representation.HasKey(r => r.Id);
            representation.Property(r => r.Id).ValueGeneratedNever();
            representation.Property(r => r.Stage).HasConversion<string>().HasMaxLength(16);
            representation.Property(r => r.Forum).HasMaxLength(100);
            representation.Property(r => r.CaseReference).HasMaxLength(64);
            representation.Property(r => r.Account).HasMaxLength(1000);
            representation.Property(r => r.RecordedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<KnownTimeLimit>(limit =>
        {
            limit.ToTable("TimeLimits");
            limit.HasKey(l => l.Id);
            limit.Property(l => l.Id).ValueGeneratedNever();
            limit.Property(l => l.LinkageNumber).HasMaxLength(32);
            limit.HasIndex(l => l.LinkageNumber);
            limit.HasIndex(l => l.SourceId);
            limit.Property(l => l.Description).HasMaxLength(200);
            limit.Property(l => l.Source).HasConversion<string>().HasMaxLength(32);
            limit.Property(l => l.Basis).HasMaxLength(300);
        });

        modelBuilder.Entity<OutgoingRequest>(request =>
        {
            request.ToTable("Requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.HasIndex(r => r.ApplicationId);
            request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.Summary).HasMaxLength(2000);
            request.Property(r => r.RequestedBy).HasMaxLength(64);
            request.HasMany(r => r.Answers).WithOne().HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade);
            request.Navigation(r => r.Answers).HasField("answers").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<RequestAnswer>(answer =>
        {
            answer.ToTable("RequestAnswers");
            answer.HasKey(a => a.Id);
            answer.Property(a => a.Id).ValueGeneratedNever();
            answer.HasIndex(a => a.EventId);
            answer.Property(a => a.Outcome).HasMaxLength(32);
            answer.Property(a => a.Text).HasMaxLength(2000);
            answer.Property(a => a.GivenBy).HasMaxLength(64);
        });
    }
}
