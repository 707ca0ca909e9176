using Microsoft.EntityFrameworkCore;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Persistence;

/// <summary>The tables of the links with other agencies: mediation entrustments, drafts from failed mediations, review applications, complaint interruptions.</summary>
internal static class MediationLinksModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediationEntrustment>(entrustment =>
        {
            entrustment.ToTable("MediationEntrustments");
            entrustment.HasKey(e => e.Id);
            entrustment.Property(e => e.Id).ValueGeneratedNever();
            entrustment.Property(e => e.LinkageNumber).HasMaxLength(32);
            entrustment.HasIndex(e => e.ApplicationId);
            entrustment.Property(e => e.ApplicantName).HasMaxLength(32);
            entrustment.Property(e => e.RespondentName).HasMaxLength(100);
            entrustment.Property(e => e.ClaimsSummary).HasMaxLength(500);
            entrustment.Property(e => e.EntrustedBy).HasMaxLength(64);
            entrustment.Property(e => e.OrganisationName).HasMaxLength(100);
            entrustment.Property(e => e.AgreementSummary).HasMaxLength(4000);
            entrustment.Property(e => e.Reason).HasMaxLength(1000);
            entrustment.Property(e => e.Version).IsConcurrencyToken();
            entrustment.HasOne<ArbitrationApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<DraftFromMediation>(draft =>
        {
            draft.ToTable("DraftsFromMediation");
            draft.HasKey(d => d.Id);
            draft.Property(d => d.Id).ValueGeneratedNever();
            draft.Property(d => d.LinkageNumber).HasMaxLength(32);
            draft.HasIndex(d => d.LinkageNumber).IsUnique();
            draft.HasIndex(d => d.MediationCaseId).IsUnique();
            draft.Property(d => d.OrganisationName).HasMaxLength(100);
            draft.Property(d => d.Reason).HasMaxLength(500);
            draft.Property(d => d.ClaimsSummary).HasMaxLength(1000);
            draft.OwnsOne(d => d.Applicant, worker =>
            {
                worker.Property(w => w.Name).HasColumnName("ApplicantName").HasMaxLength(32);
                worker.Property(w => w.ResidentIdNumber).HasColumnName("ApplicantIdNumber").HasMaxLength(18);
                worker.Property(w => w.Phone).HasColumnName("ApplicantPhone").HasMaxLength(20);
                worker.Property(w => w.IsMigrantWorker).HasColumnName("ApplicantIsMigrantWorker");
            });
            draft.Navigation(d => d.Applicant).IsRequired();
            draft.OwnsOne(d => d.Respondent, employer =>
            {
                employer.Property(e => e.Name).HasColumnName("RespondentName").HasMaxLength(100);
                employer.Property(e => e.CreditCode).HasColumnName("RespondentCreditCode").HasMaxLength(18);
            });
            draft.Navigation(d => d.Respondent).IsRequired();
        });

        modelBuilder.Entity<AgreementReviewApplication>(review =>
        {
            review.ToTable("AgreementReviews");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.LinkageNumber).HasMaxLength(32);
            review.Property(r => r.RequestingModule).HasMaxLength(64);
            review.HasIndex(r => r.ReviewRequestId).IsUnique();
            review.Property(r => r.MediatingOrganisation).HasMaxLength(100);
            review.Property(r => r.AgreementNumber).HasMaxLength(64);
            review.Property(r => r.AgreementTerms).HasMaxLength(4000);
            review.Property(r => r.WorkerName).HasMaxLength(32);
            review.Property(r => r.EmployerName).HasMaxLength(100);
            review.Property(r => r.Reason).HasMaxLength(1000);
            review.Property(r => r.DocumentNumber).HasMaxLength(40);
            review.HasIndex(r => r.DocumentNumber).IsUnique();
            review.Property(r => r.DecidedBy).HasMaxLength(64);
            review.Property(r => r.Version).IsConcurrencyToken();
            review.HasIndex(r => r.Status);
            review.Ignore(r => r.IsDecided);
        });

        modelBuilder.Entity<ComplaintInterruption>(complaint =>
        {
            complaint.ToTable("ComplaintInterruptions");
            complaint.HasKey(c => c.Id);
            complaint.Property(c => c.Id).ValueGeneratedNever();
            complaint.Property(c => c.LinkageNumber).HasMaxLength(32);
            complaint.HasIndex(c => c.LinkageNumber);
            complaint.HasIndex(c => c.ComplaintId).IsUnique();
            complaint.Property(c => c.EmployerName).HasMaxLength(100);
            complaint.Property(c => c.EmployerCreditCode).HasMaxLength(18);
            complaint.HasIndex(c => c.EmployerCreditCode);
            complaint.Property(c => c.Basis).HasMaxLength(500);
        });
    }
}
