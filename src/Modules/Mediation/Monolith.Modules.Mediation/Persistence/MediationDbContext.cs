using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Persistence;

internal sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : ModuleDbContext(options, MediationModule.Descriptor)
{
    public DbSet<MediationOrganisation> Organisations => Set<MediationOrganisation>();

    public DbSet<Mediator> Mediators => Set<Mediator>();

    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<MediationCase> Cases => Set<MediationCase>();

    public DbSet<Negotiation> Negotiations => Set<Negotiation>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediationOrganisation>(organisation =>
        {
            organisation.ToTable("Organisations");
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Id).ValueGeneratedNever();
            organisation.Property(o => o.Name).HasMaxLength(100);
            organisation.HasIndex(o => o.Name).IsUnique();
            organisation.Property(o => o.DivisionCode).HasMaxLength(6);
            organisation.Property(o => o.Address).HasMaxLength(200);
            organisation.Property(o => o.EmployerCreditCode).HasMaxLength(18);
            organisation.Property(o => o.Version).IsConcurrencyToken();
            organisation.OwnsOne(o => o.Filing, filing =>
            {
                filing.Property(f => f.FiledWith).HasColumnName("FiledWith").HasMaxLength(100);
                filing.Property(f => f.FilingNumber).HasColumnName("FilingNumber").HasMaxLength(50);
                filing.Property(f => f.FiledOn).HasColumnName("FiledOn");
            });
        });

        modelBuilder.Entity<Mediator>(mediator =>
        {
            mediator.ToTable("Mediators");
            mediator.HasKey(m => m.Id);
            mediator.Property(m => m.Id).ValueGeneratedNever();
            mediator.Property(m => m.Name).HasMaxLength(32);
            mediator.Property(m => m.Phone).HasMaxLength(20);
            mediator.Property(m => m.Qualifications).HasMaxLength(200);
            mediator.Property(m => m.AvailabilityNote).HasMaxLength(200);
            mediator.Property(m => m.Version).IsConcurrencyToken();
            mediator.HasIndex(m => m.OrganisationId);
            mediator.HasOne<MediationOrganisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Expert>(expert =>
        {
            expert.ToTable("Experts");
            expert.HasKey(e => e.Id);
            expert.Property(e => e.Id).ValueGeneratedNever();
            expert.Property(e => e.Name).HasMaxLength(32);
            expert.Property(e => e.Field).HasMaxLength(100);
            expert.Property(e => e.Affiliation).HasMaxLength(100);
            expert.Property(e => e.Phone).HasMaxLength(20);
            expert.Property(e => e.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<MediationCase>(ConfigureCase);

        modelBuilder.Entity<CaseClaim>(claim =>
        {
            claim.ToTable("Claims");
            claim.HasKey(c => c.Id);
            claim.Property(c => c.Id).ValueGeneratedNever();
            claim.Property(c => c.Description).HasMaxLength(500);
        });

        modelBuilder.Entity<MediationSession>(session =>
        {
            session.ToTable("Sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).ValueGeneratedNever();
            session.Property(s => s.Place).HasMaxLength(100);
            session.Property(s => s.Participants).HasMaxLength(300);
            session.Property(s => s.Summary).HasMaxLength(4000);
            session.Property(s => s.RecordedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<CaseExpert>(expert =>
        {
            expert.ToTable("CaseExperts");
            expert.HasKey(e => e.Id);
            expert.Property(e => e.Id).ValueGeneratedNever();
            expert.Property(e => e.Name).HasMaxLength(32);
            expert.Property(e => e.Field).HasMaxLength(100);
            expert.Property(e => e.InvitedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<FollowUpVisit>(visit =>
        {
            visit.ToTable("FollowUpVisits");
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Id).ValueGeneratedNever();
            visit.Property(v => v.Notes).HasMaxLength(1000);
            visit.Property(v => v.RecordedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<Negotiation>(negotiation =>
        {
            negotiation.ToTable("Negotiations");
            negotiation.HasKey(n => n.Id);
            negotiation.Property(n => n.Id).ValueGeneratedNever();
            negotiation.Property(n => n.LinkageNumber).HasMaxLength(32);
            negotiation.HasIndex(n => n.LinkageNumber).IsUnique();
            negotiation.Property(n => n.UnionName).HasMaxLength(100);
            negotiation.Property(n => n.Matters).HasMaxLength(1000);
            negotiation.Property(n => n.RegisteredBy).HasMaxLength(64);
            negotiation.Property(n => n.AnswerNote).HasMaxLength(500);
            negotiation.Property(n => n.EndNote).HasMaxLength(500);
            negotiation.Property(n => n.Version).IsConcurrencyToken();
            negotiation.HasIndex(n => new { n.Status, n.RequestedAt });
            OwnsWorker(negotiation.OwnsOne(n => n.Worker), "Worker");
            negotiation.Navigation(n => n.Worker).IsRequired();
            OwnsEmployer(negotiation.OwnsOne(n => n.Employer), "Employer");
            negotiation.Navigation(n => n.Employer).IsRequired();
            negotiation.OwnsOne(n => n.Settlement, settlement =>
            {
                settlement.Property(s => s.Terms).HasColumnName("SettlementTerms").HasMaxLength(2000);
                settlement.Property(s => s.Amount).HasColumnName("SettlementAmount");
                settlement.Property(s => s.PerformanceDueDate).HasColumnName("SettlementPerformanceDueDate");
                settlement.Property(s => s.SignedOn).HasColumnName("SettlementSignedOn");
                settlement.Property(s => s.RecordedAt).HasColumnName("SettlementRecordedAt");
                settlement.Property(s => s.RecordedBy).HasColumnName("SettlementRecordedBy").HasMaxLength(64);
            });
        });
    }

    private static void ConfigureCase(EntityTypeBuilder<MediationCase> mediationCase)
    {
        mediationCase.ToTable("Cases");
        mediationCase.HasKey(c => c.Id);
        mediationCase.Property(c => c.Id).ValueGeneratedNever();
        mediationCase.Property(c => c.LinkageNumber).HasMaxLength(32);
        mediationCase.HasIndex(c => new { c.LinkageNumber, c.Sequence }).IsUnique();
        mediationCase.Property(c => c.OrganisationName).HasMaxLength(100);
        mediationCase.Property(c => c.MediatorName).HasMaxLength(32);
        mediationCase.Property(c => c.RegisteredBy).HasMaxLength(64);
        mediationCase.Property(c => c.NotAcceptedReason).HasMaxLength(1000);
        mediationCase.Property(c => c.NonPerformanceNote).HasMaxLength(1000);
        mediationCase.Property(c => c.EndNote).HasMaxLength(1000);
        mediationCase.Property(c => c.ConcludedBy).HasMaxLength(64);
        mediationCase.Property(c => c.Version).IsConcurrencyToken();
        mediationCase.HasIndex(c => new { c.Status, c.ReceivedAt });
        mediationCase.HasIndex(c => new { c.OrganisationId, c.AcceptedAt });
        mediationCase.HasIndex(c => c.NegotiationId);

        OwnsWorker(mediationCase.OwnsOne(c => c.Applicant), "Applicant");
        mediationCase.Navigation(c => c.Applicant).IsRequired();
        OwnsEmployer(mediationCase.OwnsOne(c => c.Respondent), "Respondent");
        mediationCase.Navigation(c => c.Respondent).IsRequired();

        mediationCase.OwnsOne(c => c.Entrustment, entrustment =>
        {
            entrustment.Property(e => e.EntrustmentId).HasColumnName("EntrustmentId");
            entrustment.HasIndex(e => e.EntrustmentId).IsUnique();
            entrustment.Property(e => e.Kind).HasColumnName("EntrustmentKind");
            entrustment.Property(e => e.EntrustingModule).HasColumnName("EntrustingModule").HasMaxLength(64);
            entrustment.Property(e => e.EntrustingAgencyName).HasColumnName("EntrustingAgencyName").HasMaxLength(100);
            entrustment.Property(e => e.CaseReference).HasColumnName("EntrustingCaseReference").HasMaxLength(100);
            entrustment.Property(e => e.EntrustedAt).HasColumnName("EntrustedAt");
            entrustment.Property(e => e.EntrustedBy).HasColumnName("EntrustedBy").HasMaxLength(64);
        });

        mediationCase.OwnsOne(c => c.Agreement, agreement =>
        {
            agreement.Property(a => a.Terms).HasColumnName("AgreementTerms").HasMaxLength(4000);
            agreement.Property(a => a.AgreedAmount).HasColumnName("AgreedAmount");
            agreement.Property(a => a.PerformanceDueDate).HasColumnName("PerformanceDueDate");
            agreement.Property(a => a.PerformanceMethod).HasColumnName("PerformanceMethod").HasMaxLength(500);
            agreement.Property(a => a.CapacityNote).HasColumnName("PerformanceCapacityNote").HasMaxLength(1000);
            agreement.Property(a => a.DraftedOn).HasColumnName("AgreementDraftedOn");
            agreement.Property(a => a.DraftedAt).HasColumnName("AgreementDraftedAt");
            agreement.Property(a => a.DraftedBy).HasColumnName("AgreementDraftedBy").HasMaxLength(64);
            agreement.Property(a => a.WorkerSignedOn).HasColumnName("WorkerSignedOn");
            agreement.Property(a => a.EmployerSignedOn).HasColumnName("EmployerSignedOn");
            agreement.Property(a => a.EffectiveAt).HasColumnName("AgreementEffectiveAt");
            agreement.Property(a => a.EffectiveOn).HasColumnName("AgreementEffectiveOn");
            agreement.Property(a => a.NoticeIssuedAt).HasColumnName("NoticeIssuedAt");
            agreement.Property(a => a.NoticeIssuedBy).HasColumnName("NoticeIssuedBy").HasMaxLength(64);
        });

        mediationCase.OwnsOne(c => c.PaymentOrder, order =>
        {
            order.Property(o => o.Court).HasColumnName("PaymentOrderCourt").HasMaxLength(100);
            order.Property(o => o.AppliedOn).HasColumnName("PaymentOrderAppliedOn");
            order.Property(o => o.Stage).HasColumnName("PaymentOrderStage");
            order.Property(o => o.AcceptanceOn).HasColumnName("PaymentOrderAcceptanceOn");
            order.Property(o => o.IssuedOn).HasColumnName("PaymentOrderIssuedOn");
            order.Property(o => o.DebtorServedOn).HasColumnName("PaymentOrderDebtorServedOn");
            order.Property(o => o.ResultOn).HasColumnName("PaymentOrderResultOn");
        });

        mediationCase.OwnsOne(c => c.LegalAidReferral, referral =>
        {
            referral.Property(r => r.ReferralId).HasColumnName("LegalAidReferralId");
            referral.HasIndex(r => r.ReferralId).IsUnique();
            referral.Property(r => r.ReferredAt).HasColumnName("LegalAidReferredAt");
            referral.Property(r => r.ReferredBy).HasColumnName("LegalAidReferredBy").HasMaxLength(64);
            referral.Property(r => r.Granted).HasColumnName("LegalAidGranted");
            referral.Property(r => r.LawyerName).HasColumnName("LegalAidLawyerName").HasMaxLength(32);
            referral.Property(r => r.LawFirm).HasColumnName("LegalAidLawFirm").HasMaxLength(100);
            referral.Property(r => r.LawyerPhone).HasColumnName("LegalAidLawyerPhone").HasMaxLength(20);
            referral.Property(r => r.RefusalReason).HasColumnName("LegalAidRefusalReason").HasMaxLength(1000);
            referral.Property(r => r.DecidedAt).HasColumnName("LegalAidDecidedAt");
            referral.Property(r => r.DecidedInTime).HasColumnName("LegalAidDecidedInTime");
            referral.Property(r => r.LawyerAssignedAt).HasColumnName("LegalAidLawyerAssignedAt");
        });

        mediationCase.OwnsOne(c => c.JudicialConfirmation, confirmation =>
        {
            confirmation.Property(j => j.Court).HasColumnName("ConfirmationCourt").HasMaxLength(100);
            confirmation.Property(j => j.AppliedOn).HasColumnName("ConfirmationAppliedOn");
            confirmation.Property(j => j.Accepted).HasColumnName("ConfirmationAccepted");
            confirmation.Property(j => j.AcceptanceOn).HasColumnName("ConfirmationAcceptanceOn");
            confirmation.Property(j => j.Confirmed).HasColumnName("ConfirmationConfirmed");
            confirmation.Property(j => j.RuledOn).HasColumnName("ConfirmationRuledOn");
            confirmation.Property(j => j.Note).HasColumnName("ConfirmationNote").HasMaxLength(1000);
        });

        mediationCase.OwnsOne(c => c.ArbitrationReview, review =>
        {
            review.Property(r => r.RequestId).HasColumnName("ReviewRequestId");
            review.HasIndex(r => r.RequestId).IsUnique();
            review.Property(r => r.AppliedAt).HasColumnName("ReviewAppliedAt");
            review.Property(r => r.AppliedBy).HasColumnName("ReviewAppliedBy").HasMaxLength(64);
            review.Property(r => r.Decision).HasColumnName("ReviewDecision");
            review.Property(r => r.AppliedInTime).HasColumnName("ReviewAppliedInTime");
            review.Property(r => r.Reason).HasColumnName("ReviewReason").HasMaxLength(1000);
            review.Property(r => r.DocumentNumber).HasColumnName("ReviewDocumentNumber").HasMaxLength(64);
            review.Property(r => r.DecidedAt).HasColumnName("ReviewDecidedAt");
        });

        mediationCase.HasMany(c => c.Claims).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        mediationCase.Navigation(c => c.Claims).HasField("claims").UsePropertyAccessMode(PropertyAccessMode.Field);
        mediationCase.HasMany(c => c.Sessions).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        mediationCase.Navigation(c => c.Sessions).HasField("sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
        mediationCase.HasMany(c => c.Experts).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        mediationCase.Navigation(c => c.Experts).HasField("experts").UsePropertyAccessMode(PropertyAccessMode.Field);
        mediationCase.HasMany(c => c.FollowUps).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        mediationCase.Navigation(c => c.FollowUps).HasField("followUps").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void OwnsWorker<TOwner>(OwnedNavigationBuilder<TOwner, Worker> worker, string prefix)
        where TOwner : class
    {
        worker.Property(w => w.Name).HasColumnName(prefix + "Name").HasMaxLength(32);
        worker.Property(w => w.ResidentIdNumber).HasColumnName(prefix + "IdNumber").HasMaxLength(18);
        worker.Property(w => w.Phone).HasColumnName(prefix + "Phone").HasMaxLength(20);
    }

    private static void OwnsEmployer<TOwner>(OwnedNavigationBuilder<TOwner, Employer> employer, string prefix)
        where TOwner : class
    {
        employer.Property(e => e.Name).HasColumnName(prefix + "Name").HasMaxLength(100);
        employer.Property(e => e.CreditCode).HasColumnName(prefix + "CreditCode").HasMaxLength(18);
    }
}
