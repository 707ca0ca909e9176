using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests;

/// <summary>LegalAid composed alone; referrals arrive as events the test publishes, as Arbitration would.</summary>
internal static class TestKit
{
    public const string NanchangPolicy = "洪司发〔2022〕32号";

    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    public static async Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang", DateTimeOffset? start = null)
    {
        var platform = await PlatformFixture.CreateAsync([new LegalAidModule()], policyProfile, start: start);
        platform.User.ActAs("legalaid", "LegalAidReviewer");
        return platform;
    }

    /// <summary>A referral from arbitration as Arbitration publishes it; <paramref name="seed"/> picks the fake worker.</summary>
    public static LegalAidReferralRequestedIntegrationEvent Referral(
        DateTimeOffset occurredAt, int seed = 1, bool isMigrantWorker = true, params LabourClaimKind[] kinds)
    {
        var fake = new FakeIdentity(seed);
        var linkageNumber = $"360100-ZC-2026-{seed:D6}";
        return new LegalAidReferralRequestedIntegrationEvent(
            Guid.NewGuid(),
            occurredAt,
            linkageNumber,
            Guid.NewGuid(),
            "Arbitration",
            "劳动人事争议仲裁院",
            linkageNumber,
            new ReferredWorker(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), isMigrantWorker),
            fake.EmployerName(),
            fake.CreditCode(),
            (kinds.Length == 0 ? [LabourClaimKind.LabourRemuneration] : kinds)
                .Select(k => new ReferredClaim(k, k == LabourClaimKind.LabourRemuneration ? 12_800m : null, k.ToString())).ToList(),
            occurredAt,
            WorkerHasNoAgent: true,
            EconomicHardshipStated: true,
            "arbitration");
    }

    /// <summary>Publishes the event into LegalAid's own outbox and lets the platform deliver it through LegalAid's inbox.</summary>
    public static async Task DeliverAsync(this PlatformFixture platform, IntegrationEvent integrationEvent)
    {
        await platform.PublishIntoAsync<LegalAidDbContext>(integrationEvent);
        await platform.DeliverMessagesAsync();
    }

    /// <summary>Delivers a referral and returns the application it became.</summary>
    public static async Task<LegalAidApplication> ReceiveAsync(this PlatformFixture platform, LegalAidReferralRequestedIntegrationEvent referral)
    {
        await platform.DeliverAsync(referral);
        return await platform.QueryAsync<LegalAidDbContext, LegalAidApplication>(db =>
            db.Applications.AsNoTracking().Include(a => a.Claims).SingleAsync(a => a.Referral!.ReferralId == referral.ReferralId));
    }

    public static Task<LegalAidApplication> ApplicationAsync(this PlatformFixture platform, Guid id) =>
        platform.QueryAsync<LegalAidDbContext, LegalAidApplication>(db => db.Applications.AsNoTracking().Include(a => a.Claims).SingleAsync(a => a.Id == id));

    /// <summary>A direct window application of a fake migrant worker claiming wages, submitted by the reviewer.</summary>
    public static SubmitApplicationCommand Direct(int seed = 1, bool isMigrantWorker = true, decimal? income = null, params LabourClaimKind[] kinds)
    {
        var fake = new FakeIdentity(200 + seed);
        return new SubmitApplicationCommand(
            ApplicationChannel.Window,
            fake.PersonName(),
            fake.ResidentIdNumber(),
            fake.MobileNumber(),
            isMigrantWorker,
            fake.EmployerName(),
            fake.CreditCode(),
            (kinds.Length == 0 ? [LabourClaimKind.LabourRemuneration] : kinds).Select(k => new ClaimInput(k, 9_600m, "拖欠工资")).ToList(),
            EconomicHardshipStated: true,
            income);
    }

    public static Task<SubmittedApplication> SubmitAsync(this PlatformFixture platform, SubmitApplicationCommand command) => platform.SendAsync(command);

    public static Task<List<Deadline>> DeadlinesOfAsync(this PlatformFixture platform, Guid subjectId, string ruleId) =>
        platform.QueryAsync<LegalAidDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().Where(d => d.SubjectId == subjectId && d.RuleId == ruleId).ToListAsync());

    public static Task<Guid> AddLawyerAsync(this PlatformFixture platform, int seed, string firm = "江西正源律师事务所（演示）")
    {
        var fake = new FakeIdentity(500 + seed);
        return platform.SendAsync(new AddLawyerCommand(fake.PersonName(), firm, fake.MobileNumber()));
    }

    /// <summary>A lawyer who has left the roster, written straight through the DbContext (no command deactivates one yet).</summary>
    public static async Task<Lawyer> AddInactiveLawyerAsync(this PlatformFixture platform)
    {
        var fake = new FakeIdentity(999);
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalAidDbContext>();
        var lawyer = new Lawyer(Guid.NewGuid(), fake.PersonName(), "已注销律师事务所（演示）", fake.MobileNumber());
        db.Lawyers.Add(lawyer);
        db.Entry(lawyer).Property(l => l.IsActive).CurrentValue = false;
        await db.SaveChangesAsync();
        return lawyer;
    }

    /// <summary>The events of type <typeparamref name="T"/> in LegalAid's outbox, oldest first.</summary>
    public static async Task<List<T>> PublishedAsync<T>(this PlatformFixture platform)
        where T : IntegrationEvent =>
        (await platform.OutboxEventsAsync<LegalAidDbContext>()).OfType<T>().ToList();
}
