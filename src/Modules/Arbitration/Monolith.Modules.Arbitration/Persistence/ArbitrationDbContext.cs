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
            // The list's order is an index (ADR 0086): the whole list, and one status; (Status) serves its counts.
            application.Property(a => a.ListedFirst).UsePropertyAccessMode(PropertyAccessMode.Property);
            application.HasIndex(a => new { a.ListedFirst, a.ReceivedAt, a.Id });
            application.HasIndex(a => new { a.Status, a.ListedFirst, a.ReceivedAt, a.Id });
            application.HasIndex(a => a.Status);
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
            application.Property(a => a.CaseNumber).HasMaxLength(40);
            application.HasIndex(a => a.CaseNumber).IsUnique();
            application.Property(a => a.MaterialsMissing).HasMaxLength(1000);
            application.Property(a => a.AwardClockStartReason).HasMaxLength(200);
            application.Property(a => a.SimplifiedBasis);
            application.Ignore(a => a.IsCollective);
            application.Ignore(a => a.SupplementPending);
            application.Ignore(a => a.IsPaused);
            application.Ignore(a => a.ClaimedTotal);
            application.OwnsOne(a => a.Extension, extension =>
            {
                extension.Property(e => e.ApprovedBy).HasColumnName("ExtensionApprovedBy").HasMaxLength(64);
                extension.Property(e => e.ApprovalNumber).HasColumnName("ExtensionApprovalNumber").HasMaxLength(64);
                extension.Property(e => e.ApprovedOn).HasColumnName("ExtensionApprovedOn");
                extension.Property(e => e.Reason).HasColumnName("ExtensionReason").HasMaxLength(500);
                extension.Property(e => e.RecordedBy).HasColumnName("ExtensionRecordedBy").HasMaxLength(64);
            });
            application.OwnsOne(a => a.Mediation, mediation =>
            {
                mediation.Property(m => m.Number).HasColumnName("MediationNumber").HasMaxLength(40);
                mediation.Property(m => m.Terms).HasColumnName("MediationTerms").HasMaxLength(2000);
                mediation.Property(m => m.Amount).HasColumnName("MediationAmount").HasPrecision(18, 2);
                mediation.Property(m => m.MadeOn).HasColumnName("MediationMadeOn");
                mediation.Property(m => m.RecordedBy).HasColumnName("MediationRecordedBy").HasMaxLength(64);
            });
            Children(application, a => a.LimitationEvents, "limitationEvents");
            Children(application, a => a.Hearings, "hearings");
            Children(application, a => a.ClockPauses, "clockPauses");
            Children(application, a => a.EvidenceCollections, "evidenceCollections");
            Children(application, a => a.Letters, "letters");
            Children(application, a => a.Awards, "awards");
            Children(application, a => a.LapsedExtensions, "lapsedExtensions");
            application.HasMany(a => a.Referrals).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
            application.Navigation(a => a.Referrals).HasField("referrals").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<Claim>(claim =>
        {
            claim.ToTable("Claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.Id).ValueGeneratedNever();
            claim.Property(c => c.Description).HasMaxLength(500);
            claim.Property(c => c.Classification).HasMaxLength(300);
        });

        modelBuilder.Entity<LimitationEvent>(e =>
        {
            e.ToTable("LimitationEvents");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Note).HasMaxLength(200);
        });
        modelBuilder.Entity<Hearing>(h =>
        {
            h.ToTable("Hearings");
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Room).HasMaxLength(100);
            h.Property(x => x.PostponementReason).HasMaxLength(500);
            h.HasIndex(x => new { x.Room, x.StartsAt });
        });
        modelBuilder.Entity<ClockPause>(p =>
        {
            p.ToTable("ClockPauses");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Reason).HasMaxLength(500);
        });
        modelBuilder.Entity<EvidenceCollection>(e =>
        {
            e.ToTable("EvidenceCollections");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Evidence).HasMaxLength(500);
            e.Property(x => x.WhyWorkerCannotCollect).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            e.Property(x => x.Result).HasMaxLength(1000);
        });
        modelBuilder.Entity<ArbitrationLetter>(l =>
        {
            l.ToTable("Letters");
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Number).HasMaxLength(40);
            l.Property(x => x.Findings).HasMaxLength(2000);
            l.Property(x => x.LegalBasis).HasMaxLength(500);
            l.Property(x => x.Requests).HasMaxLength(2000);
            l.Property(x => x.IssuedBy).HasMaxLength(64);
        });
        modelBuilder.Entity<Award>(a =>
        {
            a.ToTable("Awards");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.Number).HasMaxLength(40);
            a.Property(x => x.Reasoning).HasMaxLength(4000);
            a.Property(x => x.ClassificationSummary).HasMaxLength(300);
            a.Property(x => x.Threshold).HasPrecision(18, 2);
            a.Property(x => x.RecordedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<LapsedExtension>(e =>
        {
            e.ToTable("LapsedExtensions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ApprovedBy).HasMaxLength(64);
            e.Property(x => x.ApprovalNumber).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            e.Property(x => x.RestartReason).HasMaxLength(500);
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

    private static void Children<TChild>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<ArbitrationApplication> application,
        System.Linq.Expressions.Expression<Func<ArbitrationApplication, IEnumerable<TChild>?>> navigation,
        string field)
        where TChild : class
    {
        application.HasMany(navigation).WithOne().HasForeignKey("ApplicationId").OnDelete(DeleteBehavior.Cascade);
        application.Navigation(navigation!).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
