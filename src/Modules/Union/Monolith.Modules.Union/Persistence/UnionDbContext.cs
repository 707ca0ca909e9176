using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Union.Domain;

namespace Monolith.Modules.Union.Persistence;

internal sealed class UnionDbContext(DbContextOptions<UnionDbContext> options) : ModuleDbContext(options, UnionModule.Descriptor)
{
    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();

    public DbSet<ActionItem> ActionItems => Set<ActionItem>();

    public DbSet<RhythmReminder> RhythmReminders => Set<RhythmReminder>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<SupervisionLetter> SupervisionLetters => Set<SupervisionLetter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var strings = new ValueComparer<IReadOnlyList<string>>(
            (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), l => l.ToList());

        // Owned collections have tables of their own, which the prefix convention (entity types only) does not name.
        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("Meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Title).HasMaxLength(100);
            meeting.Property(m => m.Place).HasMaxLength(200);
            meeting.Property(m => m.OnlineLink).HasMaxLength(300);
            meeting.Property(m => m.ConvenedBy).HasMaxLength(100);
            meeting.Property(m => m.ScheduledBy).HasMaxLength(64);
            meeting.Property(m => m.CancellationReason).HasMaxLength(500);
            meeting.Property(m => m.Attendance).HasMaxLength(2000);
            meeting.Property(m => m.Summary).HasMaxLength(8000);
            meeting.Property(m => m.MinutesPublishedBy).HasMaxLength(64);
            meeting.Property(m => m.Version).IsConcurrencyToken();
            meeting.Property(m => m.Agencies)
                .HasConversion(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), strings)
                .HasMaxLength(500);
            meeting.HasIndex(m => new { m.StartsAt, m.Status });
            meeting.Ignore(m => m.Where);
            meeting.OwnsMany(m => m.Participants, p =>
            {
                p.ToTable("MeetingParticipants");
                p.WithOwner().HasForeignKey("MeetingId");
                p.Property<int>("Id");
                p.HasKey("Id");
                p.Property(x => x.AgencyModule).HasMaxLength(64);
                p.Property(x => x.AgencyName).HasMaxLength(100);
                p.Property(x => x.Name).HasMaxLength(32);
                p.Property(x => x.UserName).HasMaxLength(64);
            });
            meeting.Navigation(m => m.Participants).HasField("participants").UsePropertyAccessMode(PropertyAccessMode.Field);
            meeting.OwnsMany(m => m.Agenda, a =>
            {
                a.ToTable("AgendaItems");
                a.WithOwner().HasForeignKey("MeetingId");
                a.HasKey(x => x.Id);
                a.Property(x => x.Title).HasMaxLength(300);
            });
            meeting.Navigation(m => m.Agenda).HasField("agenda").UsePropertyAccessMode(PropertyAccessMode.Field);
            meeting.OwnsMany(m => m.Decisions, d =>
            {
                d.ToTable("MinutesDecisions");
                d.WithOwner().HasForeignKey("MeetingId");
                d.Property<int>("Id");
                d.HasKey("Id");
                d.Property(x => x.Text).HasMaxLength(1000);
                d.Property(x => x.OwnerModule).HasMaxLength(64);
                d.Property(x => x.OwnerAgencyName).HasMaxLength(100);
                d.Property(x => x.AssigneeName).HasMaxLength(32);
                d.Ignore(x => x.IsActionItem);
            });
            meeting.Navigation(m => m.Decisions).HasField("decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<MeetingRequest>(request =>
        {
            request.ToTable("MeetingRequests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.RequestingModule).HasMaxLength(64);
            request.Property(r => r.RequestingAgency).HasMaxLength(100);
            request.Property(r => r.Subject).HasMaxLength(200);
            request.Property(r => r.Reason).HasMaxLength(2000);
            request.Property(r => r.RequestedBy).HasMaxLength(64);
            request.Property(r => r.DeclineReason).HasMaxLength(500);
            request.Property(r => r.Version).IsConcurrencyToken();
            request.Property(r => r.LinkedMatters)
                .HasConversion(v => string.Join(',', v), v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(), strings)
                .HasMaxLength(1000);
            request.Ignore(r => r.AgendaTitle);
            request.HasIndex(r => new { r.Status, r.RequestedAt });
        });

        modelBuilder.Entity<ActionItem>(item =>
        {
            item.ToTable("ActionItems");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.MeetingTitle).HasMaxLength(100);
            item.Property(i => i.Decision).HasMaxLength(1000);
            item.Property(i => i.OwnerModule).HasMaxLength(64);
            item.Property(i => i.OwnerAgencyName).HasMaxLength(100);
            item.Property(i => i.AssigneeName).HasMaxLength(32);
            item.Property(i => i.CompletedBy).HasMaxLength(64);
            item.Property(i => i.Outcome).HasMaxLength(1000);
            item.Property(i => i.Version).IsConcurrencyToken();
            item.Ignore(i => i.CompletedOnTime);
            item.HasIndex(i => new { i.OwnerModule, i.Status, i.DueDate });
            item.HasIndex(i => i.MeetingId);
            item.OwnsMany(i => i.Progress, p =>
            {
                p.ToTable("ActionItemProgress");
                p.WithOwner().HasForeignKey("ActionItemId");
                p.Property<int>("Id");
                p.HasKey("Id");
                p.Property(x => x.By).HasMaxLength(64);
                p.Property(x => x.Note).HasMaxLength(1000);
            });
            item.Navigation(i => i.Progress).HasField("progress").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<Consultation>(consultation =>
        {
            consultation.ToTable("Consultations");
            consultation.HasKey(c => c.Id);
            consultation.Property(c => c.Id).ValueGeneratedNever();
            consultation.Property(c => c.LinkageNumber).HasMaxLength(32);
            consultation.HasIndex(c => c.LinkageNumber).IsUnique();
            consultation.HasIndex(c => new { c.Status, c.ReceivedAt });
            consultation.Property(c => c.EmployerName).HasMaxLength(100);
            consultation.Property(c => c.EmployerCreditCode).HasMaxLength(18);
            consultation.Property(c => c.Question).HasMaxLength(2000);
            consultation.Property(c => c.Answer).HasMaxLength(4000);
            consultation.Property(c => c.ReceivedBy).HasMaxLength(64);
            consultation.Property(c => c.UnionLawyerName).HasMaxLength(32);
            consultation.Property(c => c.UnionLawFirm).HasMaxLength(100);
            consultation.Property(c => c.Version).IsConcurrencyToken();
            consultation.OwnsOne(c => c.Worker, w =>
            {
                w.Property(x => x.Name).HasColumnName("WorkerName").HasMaxLength(32);
                w.Property(x => x.ResidentIdNumber).HasColumnName("WorkerIdNumber").HasMaxLength(18);
                w.Property(x => x.Phone).HasColumnName("WorkerPhone").HasMaxLength(20);
                w.Property(x => x.IsPlatformWorker).HasColumnName("WorkerIsPlatformWorker");
                w.Property(x => x.IsMigrantWorker).HasColumnName("WorkerIsMigrantWorker");
            });
            consultation.Navigation(c => c.Worker).IsRequired();
            consultation.OwnsMany(c => c.FollowUps, f =>
            {
                f.ToTable("ConsultationFollowUps");
                f.WithOwner().HasForeignKey("ConsultationId");
                f.Property<int>("Id");
                f.HasKey("Id");
                f.Property(x => x.By).HasMaxLength(64);
                f.Property(x => x.Note).HasMaxLength(2000);
            });
            consultation.Navigation(c => c.FollowUps).HasField("followUps").UsePropertyAccessMode(PropertyAccessMode.Field);
            consultation.HasMany(c => c.Referrals).WithOne().HasForeignKey("ConsultationId").OnDelete(DeleteBehavior.Cascade);
            consultation.Navigation(c => c.Referrals).HasField("referrals").UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<UnionLegalAidReferral>(referral =>
        {
            referral.ToTable("LegalAidReferrals");
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.ConsentRecordedBy).HasMaxLength(64);
            referral.Property(r => r.LawyerName).HasMaxLength(32);
            referral.Property(r => r.LawFirm).HasMaxLength(100);
            referral.Property(r => r.RefusalReason).HasMaxLength(1000);
        });

        modelBuilder.Entity<SupervisionLetter>(letter =>
        {
            letter.ToTable("SupervisionLetters");
            letter.HasKey(l => l.Id);
            letter.Property(l => l.Id).ValueGeneratedNever();
            letter.HasIndex(l => new { l.Kind, l.Year, l.Sequence }).IsUnique();
            letter.Property(l => l.Recipient).HasMaxLength(100);
            letter.Property(l => l.RecipientCreditCode).HasMaxLength(18);
            letter.Property(l => l.Findings).HasMaxLength(4000);
            letter.Property(l => l.Requests).HasMaxLength(4000);
            letter.Property(l => l.LinkageNumber).HasMaxLength(32);
            letter.Property(l => l.IssuedBy).HasMaxLength(64);
            letter.Ignore(l => l.Number);
        });

        modelBuilder.Entity<RhythmReminder>(reminder =>
        {
            reminder.ToTable("RhythmReminders");
            reminder.HasKey(r => r.Key);
            reminder.Property(r => r.Key).HasMaxLength(64);
        });
    }
}
