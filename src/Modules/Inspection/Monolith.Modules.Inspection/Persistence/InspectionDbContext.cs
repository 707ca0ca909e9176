using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Inspection.Domain;

namespace Monolith.Modules.Inspection.Persistence;

internal sealed class InspectionDbContext(DbContextOptions<InspectionDbContext> options) : ModuleDbContext(options, InspectionModule.Descriptor)
{
    public DbSet<InspectionCase> Cases => Set<InspectionCase>();

    public DbSet<EvidenceAssistanceRequest> EvidenceRequests => Set<EvidenceAssistanceRequest>();

    public DbSet<ViolationLead> Leads => Set<ViolationLead>();

    public DbSet<DocumentSequence> DocumentSequences => Set<DocumentSequence>();

    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InspectionCase>(c =>
        {
            c.ToTable("Cases");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.LinkageNumber).HasMaxLength(32);
            c.HasIndex(x => x.LinkageNumber);
            c.Property(x => x.ChannelReference).HasMaxLength(64);
            c.Property(x => x.DivisionCode).HasMaxLength(6);
            c.Property(x => x.Facts).HasMaxLength(2000);
            c.Property(x => x.ReceivedBy).HasMaxLength(64);
            c.Property(x => x.AcceptanceDecidedBy).HasMaxLength(64);
            c.Property(x => x.AcceptanceNumber).HasMaxLength(40);
            c.Property(x => x.FilingNumber).HasMaxLength(40);
            c.Property(x => x.NonAcceptanceReason).HasMaxLength(1000);
            c.Property(x => x.GuidanceNote).HasMaxLength(500);
            c.Property(x => x.NonAcceptanceNumber).HasMaxLength(40);
            c.Property(x => x.ClosedBy).HasMaxLength(64);
            c.Property(x => x.ClosureSummary).HasMaxLength(2000);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => new { x.Status, x.ReceivedAt });
            c.HasIndex(x => x.DivisionCode);
            c.OwnsOne(x => x.Employer, e =>
            {
                e.Property(p => p.Name).HasColumnName("EmployerName").HasMaxLength(100);
                e.Property(p => p.CreditCode).HasColumnName("EmployerCreditCode").HasMaxLength(18);
                e.Property(p => p.Address).HasColumnName("EmployerAddress").HasMaxLength(200);
                e.HasIndex(p => p.CreditCode);
            });
            c.Navigation(x => x.Employer).IsRequired();
            c.OwnsOne(x => x.Penalty, p =>
            {
                p.Property(x => x.Description).HasColumnName("PenaltyDescription").HasMaxLength(1000);
                p.Property(x => x.Amount).HasColumnName("PenaltyAmount");
                p.Property(x => x.ProposedAt).HasColumnName("PenaltyProposedAt");
                p.Property(x => x.ProposedBy).HasColumnName("PenaltyProposedBy").HasMaxLength(64);
                p.Property(x => x.HearingRequestDueDate).HasColumnName("HearingRequestDueDate");
                p.Property(x => x.HearingRequestDueAt).HasColumnName("HearingRequestDueAt");
                p.Property(x => x.HearingRequestedAt).HasColumnName("HearingRequestedAt");
                p.Property(x => x.HearingHeldOn).HasColumnName("HearingHeldOn");
                p.Property(x => x.DecidedAt).HasColumnName("PenaltyDecidedAt");
                p.Property(x => x.DecidedBy).HasColumnName("PenaltyDecidedBy").HasMaxLength(64);
                p.Property(x => x.Decision).HasColumnName("PenaltyDecision").HasMaxLength(1000);
                p.Property(x => x.DecidedAmount).HasColumnName("PenaltyDecidedAmount");
            });
            Children(c, x => x.Workers, "workers");
            Children(c, x => x.Events, "events");
            Children(c, x => x.Orders, "orders");
            Children(c, x => x.Inquiries, "inquiries");
            Children(c, x => x.Statements, "statements");
            Children(c, x => x.LegalAidReferrals, "legalAidReferrals");
            Children(c, x => x.ArbitrationReferrals, "arbitrationReferrals");
        });

        modelBuilder.Entity<CaseWorker>(w =>
        {
            w.ToTable("CaseWorkers");
            w.HasKey(x => x.Id);
            w.Property(x => x.Id).ValueGeneratedNever();
            w.Property(x => x.Name).HasMaxLength(32);
            w.Property(x => x.ResidentIdNumber).HasMaxLength(18);
            w.Property(x => x.Phone).HasMaxLength(20);
            w.HasIndex(x => x.ResidentIdNumber);
            w.Ignore(x => x.IsIdentified);
        });

        modelBuilder.Entity<CaseEvent>(e =>
        {
            e.ToTable("CaseEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(64);
        });

        modelBuilder.Entity<RectificationOrder>(o =>
        {
            o.ToTable("Orders");
            o.HasKey(x => x.Id);
            o.Property(x => x.Id).ValueGeneratedNever();
            o.Property(x => x.Number).HasMaxLength(40);
            o.Property(x => x.Requirements).HasMaxLength(2000);
            o.Property(x => x.IssuedBy).HasMaxLength(64);
            o.Property(x => x.ComplianceRecordedBy).HasMaxLength(64);
            o.Property(x => x.ComplianceNote).HasMaxLength(1000);
            o.HasIndex(x => new { x.Status, x.DueAt });
        });

        modelBuilder.Entity<InquiryNotice>(i =>
        {
            i.ToTable("Inquiries");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Number).HasMaxLength(40);
            i.Property(x => x.Place).HasMaxLength(200);
            i.Property(x => x.Materials).HasMaxLength(2000);
            i.Property(x => x.IssuedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<EmployerStatement>(s =>
        {
            s.ToTable("Statements");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Summary).HasMaxLength(2000);
            s.Property(x => x.RecordedBy).HasMaxLength(64);
        });

        modelBuilder.Entity<LegalAidReferral>(r =>
        {
            r.ToTable("LegalAidReferrals");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.ConsentRecordedBy).HasMaxLength(64);
            r.Property(x => x.LawyerName).HasMaxLength(32);
            r.Property(x => x.LawFirm).HasMaxLength(100);
            r.Property(x => x.LawyerPhone).HasMaxLength(20);
            r.Property(x => x.RefusalReason).HasMaxLength(1000);
        });

        modelBuilder.Entity<ArbitrationReferral>(r =>
        {
            r.ToTable("ArbitrationReferrals");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Note).HasMaxLength(500);
            r.Property(x => x.ReferredBy).HasMaxLength(64);
        });

        modelBuilder.Entity<EvidenceAssistanceRequest>(r =>
        {
            r.ToTable("EvidenceRequests");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasIndex(x => x.RequestId).IsUnique();
            r.Property(x => x.LinkageNumber).HasMaxLength(32);
            r.HasIndex(x => x.LinkageNumber);
            r.Property(x => x.RequestingModule).HasMaxLength(32);
            r.HasIndex(x => new { x.RequestingModule, x.ReceivedAt });
            r.Property(x => x.RequestingAgencyName).HasMaxLength(64);
            r.Property(x => x.RequestingCaseReference).HasMaxLength(64);
            r.Property(x => x.RequestedBy).HasMaxLength(64);
            r.Property(x => x.WorkerName).HasMaxLength(32);
            r.Property(x => x.EmployerName).HasMaxLength(100);
            r.Property(x => x.EmployerCreditCode).HasMaxLength(18);
            r.Property(x => x.ProjectManager).HasMaxLength(64);
            r.Property(x => x.EvidenceSought).HasMaxLength(2000);
            r.Property(x => x.WhyWorkerCannotObtain).HasMaxLength(1000);
            r.Property(x => x.Notified).HasMaxLength(500);
            r.Property(x => x.NotifiedBy).HasMaxLength(64);
            r.Property(x => x.CollectedItems).HasMaxLength(4000);
            r.Property(x => x.Explanation).HasMaxLength(1000);
            r.Property(x => x.AnsweredBy).HasMaxLength(64);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.Ignore(x => x.CollectedItemList);
        });

        modelBuilder.Entity<ViolationLead>(l =>
        {
            l.ToTable("Leads");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.HasIndex(x => x.LeadId).IsUnique();
            l.Property(x => x.LinkageNumber).HasMaxLength(32);
            l.HasIndex(x => x.LinkageNumber);
            l.Property(x => x.ReportingModule).HasMaxLength(32);
            l.HasIndex(x => new { x.ReportingModule, x.ReceivedAt });
            l.Property(x => x.ReportingAgencyName).HasMaxLength(64);
            l.Property(x => x.ReportingCaseReference).HasMaxLength(64);
            l.Property(x => x.ReportedBy).HasMaxLength(64);
            l.Property(x => x.EmployerName).HasMaxLength(100);
            l.Property(x => x.EmployerCreditCode).HasMaxLength(18);
            l.Property(x => x.DivisionCode).HasMaxLength(6);
            l.Property(x => x.Facts).HasMaxLength(2000);
            l.Property(x => x.CaseLinkageNumber).HasMaxLength(32);
            l.HasIndex(x => x.CaseId);
            l.Property(x => x.Feedback).HasMaxLength(1000);
            l.Property(x => x.DecidedBy).HasMaxLength(64);
            l.Property(x => x.OutcomeFeedback).HasMaxLength(1000);
            l.Property(x => x.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<RiskAlert>(a =>
        {
            a.ToTable("RiskAlerts");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.HasIndex(x => x.AlertId).IsUnique();
            a.Property(x => x.LinkageNumber).HasMaxLength(32);
            a.Property(x => x.SubjectKey).HasMaxLength(64);
            a.Property(x => x.SubjectName).HasMaxLength(100);
            a.Property(x => x.DistrictCode).HasMaxLength(6);
            a.Property(x => x.Score).HasPrecision(9, 2);
            a.Property(x => x.RulesJson).HasMaxLength(4000);
            a.Property(x => x.LinkedMatters).HasMaxLength(2000);
            a.HasIndex(x => new { x.Status, x.Level });
            a.Property(x => x.CaseLinkageNumber).HasMaxLength(32);
            a.Property(x => x.DismissalReason).HasMaxLength(1000);
            a.Property(x => x.DecidedBy).HasMaxLength(64);
            a.Property(x => x.Version).IsConcurrencyToken();
            a.Ignore(x => x.Rules);
            a.Ignore(x => x.LinkedMatterList);
        });

        modelBuilder.Entity<DocumentSequence>(s =>
        {
            s.ToTable("DocumentSequences");
            s.HasKey(x => new { x.Kind, x.Year });
            s.Property(x => x.Kind).HasMaxLength(16);
        });
    }

    private static void Children<TChild>(
        Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<InspectionCase> c,
        System.Linq.Expressions.Expression<Func<InspectionCase, IEnumerable<TChild>?>> navigation,
        string field)
        where TChild : class
    {
        c.HasMany(navigation).WithOne().HasForeignKey("CaseId").OnDelete(DeleteBehavior.Cascade);
        c.Navigation(navigation!).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The last document number issued per kind of notice and year.</summary>
internal sealed class DocumentSequence
{
    public string Kind { get; set; } = string.Empty;

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
