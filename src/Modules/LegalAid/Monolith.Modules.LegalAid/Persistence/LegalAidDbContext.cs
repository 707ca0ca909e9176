using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Persistence;

internal sealed class LegalAidDbContext(DbContextOptions<LegalAidDbContext> options) : ModuleDbContext(options, LegalAidModule.Descriptor)
{
    public DbSet<LegalAidApplication> Applications => Set<LegalAidApplication>();

    public DbSet<Lawyer> Lawyers => Set<Lawyer>();

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
        });
    }
}
