using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Persistence;

internal sealed class ArbitrationDbContext(DbContextOptions<ArbitrationDbContext> options) : ModuleDbContext(options, ArbitrationModule.Descriptor)
{
    public DbSet<ArbitrationApplication> Applications => Set<ArbitrationApplication>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArbitrationApplication>(application =>
        {
            application.ToTable("Applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.Id).ValueGeneratedNever();
            application.Property(a => a.LinkageNumber).HasMaxLength(32);
            application.HasIndex(a => a.LinkageNumber).IsUnique();
            application.Property(a => a.RegisteredBy).HasMaxLength(64);
            application.Property(a => a.AcceptanceDecidedBy).HasMaxLength(64);
            application.Property(a => a.RejectionReason).HasMaxLength(1000);
            application.HasIndex(a => new { a.Status, a.ReceivedAt });
            application.Property(a => a.Version).IsConcurrencyToken();
            application.OwnsOne(a => a.Applicant, worker =>
            {
                worker.Property(w => w.Name).HasColumnName("ApplicantName").HasMaxLength(32);
                worker.Property(w => w.ResidentIdNumber).HasColumnName("ApplicantIdNumber").HasMaxLength(18);
                worker.Property(w => w.Phone).HasColumnName("ApplicantPhone").HasMaxLength(20);
                worker.Property(w => w.IsMigrantWorker).HasColumnName("ApplicantIsMigrantWorker");
            });
            application.Navigation(a => a.Applicant).IsRequired();
            application.OwnsOne(a => a.Respondent, employer =>
            {
                employer.Property(e => e.Name).HasColumnName("RespondentName").HasMaxLength(100);
                employer.Property(e => e.CreditCode).HasColumnName("RespondentCreditCode").HasMaxLength(18);
            });
            application.Navigation(a => a.Respondent).IsRequired();
            application.OwnsOne(a => a.Notice, notice =>
            {
                notice.Property(n => n.Arbitrators).HasColumnName("NoticeArbitrators").HasMaxLength(100);
                notice.Property(n => n.DefenceDueDate).HasColumnName("NoticeDefenceDueDate");
                notice.Property(n => n.EvidenceDueDate).HasColumnName("NoticeEvidenceDueDate");
                notice.Property(n => n.HearingAt).HasColumnName("NoticeHearingAt");
                notice.Property(n => n.HearingPlace).HasColumnName("NoticeHearingPlace").HasMaxLength(100);
                notice.Property(n => n.IssuedAt).HasColumnName("NoticeIssuedAt");
                notice.Property(n => n.IssuedBy).HasColumnName("NoticeIssuedBy").HasMaxLength(64);
            });
            application.OwnsOne(a => a.LinkedFrom, linked =>
            {
                linked.Property(l => l.ReferralId).HasColumnName("LinkedReferralId");
                linked.HasIndex(l => l.ReferralId).IsUnique();
                linked.Property(l => l.AgencyName).HasColumnName("LinkedAgencyName").HasMaxLength(64);
                linked.Property(l => l.CaseReference).HasColumnName("LinkedCaseReference").HasMaxLength(64);
                linked.Property(l => l.Reason).HasColumnName("LinkedReason").HasMaxLength(500);
                linked.Property(l => l.ReliefFirstSoughtOn).HasColumnName("LinkedReliefFirstSoughtOn");
                linked.Property(l => l.ReferredAt).HasColumnName("LinkedReferredAt");
                linked.Property(l => l.ReferredBy).HasColumnName("LinkedReferredBy").HasMaxLength(64);
            });
            application.HasMany(a => a.Claims).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
            application.Navigation(a => a.Claims).HasField("claims").UsePropertyAccessMode(PropertyAccessMode.Field);
            application.HasMany(a => a.Referrals).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
            application.Navigation(a => a.Referrals).HasField("referrals").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<Claim>(claim =>
        {
            claim.ToTable("Claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.Id).ValueGeneratedNever();
            claim.Property(c => c.Description).HasMaxLength(500);
        });

        modelBuilder.Entity<LegalAidReferral>(referral =>
        {
            referral.ToTable("LegalAidReferrals");
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.ConsentRecordedBy).HasMaxLength(64);
            referral.Property(r => r.LawyerName).HasMaxLength(32);
            referral.Property(r => r.LawFirm).HasMaxLength(100);
            referral.Property(r => r.LawyerPhone).HasMaxLength(20);
            referral.Property(r => r.RefusalReason).HasMaxLength(1000);
        });

        MediationLinksModel.Configure(modelBuilder);
    }
}
