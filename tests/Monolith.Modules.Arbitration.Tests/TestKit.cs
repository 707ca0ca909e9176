using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests;

/// <summary>Fake applicants, the arbitration-only platform, and the module's outbox as stored.</summary>
internal static class TestKit
{
    public const string NanchangPolicy = "洪司发〔2022〕32号";

    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    /// <summary>Arbitration alone, acting as an arbitration clerk.</summary>
    public static async Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang", DateTimeOffset? start = null)
    {
        var platform = await PlatformFixture.CreateAsync([new ArbitrationModule()], policyProfile, start: start);
        platform.User.ActAs("arbitration", "ArbitrationClerk");
        return platform;
    }

    public static WorkerInput Worker(int seed = 1, bool isMigrantWorker = true)
    {
        var fake = new FakeIdentity(seed);
        return new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), isMigrantWorker);
    }

    public static EmployerInput Employer(int seed = 1)
    {
        var fake = new FakeIdentity(1000 + seed);
        return new EmployerInput(fake.EmployerName(), fake.CreditCode());
    }

    public static ClaimInput Wages(decimal amount = 12_800m) => new(ClaimType.UnpaidWages, amount, "2025年10月至12月工资");

    public static RegisterApplicationCommand Application(int seed = 1, bool isMigrantWorker = true, params ClaimInput[] claims) =>
        new(Worker(seed, isMigrantWorker), Employer(seed), claims.Length == 0 ? [Wages()] : claims);

    public static Task<RegisteredApplication> RegisterAsync(this PlatformFixture platform, int seed = 1, params ClaimInput[] claims) =>
        platform.SendAsync(Application(seed, true, claims));

    /// <summary>An application the linkage mechanism referred (a linkage case under 洪司发〔2022〕32号).</summary>
    public static Task<RegisteredApplication> RegisterLinkageCaseAsync(this PlatformFixture platform, int seed = 1) =>
        platform.SendAsync(Application(seed) with { Channel = ApplicationChannel.Linkage });

    public static Task<ArbitrationApplication> ApplicationAsync(this PlatformFixture platform, Guid id) =>
        platform.QueryAsync<ArbitrationDbContext, ArbitrationApplication>(db => db.Applications.AsNoTracking()
            .Include(a => a.Claims).Include(a => a.Referrals).SingleAsync(a => a.Id == id));

    /// <summary>Puts an event into Arbitration's own outbox, as a publishing module's command would, ready to be delivered.</summary>
    public static Task PublishAsync(this PlatformFixture platform, IntegrationEvent integrationEvent) =>
        platform.PublishIntoAsync<ArbitrationDbContext>(integrationEvent);

    /// <summary>Arbitration's outbox, oldest first.</summary>
    public static Task<List<IntegrationEvent>> OutboxAsync(this PlatformFixture platform) =>
        platform.OutboxEventsAsync<ArbitrationDbContext>();

    public static T Event<T>(this IntegrationEvent integrationEvent)
        where T : IntegrationEvent => Assert.IsType<T>(integrationEvent);

    /// <summary>A resident ID number whose check character is 'X', to see it normalised.</summary>
    public static string IdNumberEndingInX()
    {
        for (var seed = 1; ; seed++)
        {
            var id = new FakeIdentity(seed).ResidentIdNumber();
            if (id.EndsWith('X'))
            {
                return id;
            }
        }
    }
}
