using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Acceptance;
using Monolith.Modules.Mediation.Features.Agreements;
using Monolith.Modules.Mediation.Features.Applications;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;
using Monolith.Modules.Mediation.Persistence;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Modules.Mediation.Tests;

/// <summary>Mediation composed alone, acting as a mediator; or beside a neighbour module, for what must stay Mediation's own.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The neighbour's rule (tests/Fixtures/Monolith.Modules.Sample).</summary>
    public const string NeighbourRule = "sample.reply";

    public static Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang") => ComposeAsync([new MediationModule()], policyProfile);

    /// <summary>Mediation beside the Sample fixture module, which has deadlines of its own in its own tables.</summary>
    public static Task<PlatformFixture> PlatformWithNeighbourAsync() => ComposeAsync([new MediationModule(), new SampleModule()], "Nanchang");

    /// <summary>What a mediation application's deadlines are about, as Mediation's commands will describe it (no personal data).</summary>
    public static DeadlineSubject Application(int number) =>
        new("MediationApplication", Guid.NewGuid(), $"360100-TJ-2026-{number:D6}", $"调解申请 360100-TJ-2026-{number:D6}");

    public static DeadlineSubject NeighbourMatter(int number) =>
        new("SampleMatter", Guid.NewGuid(), $"360100-YP-2026-{number:D6}", $"示例事项 360100-YP-2026-{number:D6}");

    public static DateTimeOffset Local(int month, int day, int hour = 9, int minute = 0) => new(2026, month, day, hour, minute, 0, ChinaOffset);

    public static WorkerInput Worker(int seed = 1)
    {
        var fake = new FakeIdentity(seed);
        return new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber());
    }

    public static EmployerInput Employer(int seed = 1)
    {
        var fake = new FakeIdentity(1000 + seed);
        return new EmployerInput(fake.EmployerName(), fake.CreditCode());
    }

    public static ClaimInput Wages(decimal amount = 8_400m) => new(MediationClaimKind.Wages, amount, "2026年1月至2月工资");

    /// <summary>A filed organisation of the kind, with one available mediator; returns both ids.</summary>
    public static async Task<(Guid Organisation, Guid Mediator)> OrganisationAsync(
        this PlatformFixture platform, OrganisationKind kind = OrganisationKind.TownshipStreet, string? name = null, bool entrusted = false, int? staff = null)
    {
        var fake = new FakeIdentity(name?.Length ?? 7);
        var isEnterprise = kind is OrganisationKind.EnterpriseCommittee or OrganisationKind.EnterpriseGroupCentre;
        var organisation = await platform.SendAsync(new RegisterOrganisationCommand(
            name ?? $"{kind}调解组织{Guid.NewGuid():N}"[..24], kind, "360113", null, isEnterprise ? fake.CreditCode() : null, staff ?? (isEnterprise ? 300 : null), entrusted));
        await platform.SendAsync(new FileOrganisationCommand(organisation, "红谷滩区人力资源和社会保障局", "调备〔2025〕001号", new DateOnly(2025, 6, 30)));
        var mediator = await platform.SendAsync(new AddMediatorCommand(organisation, "周敏", "17012345678", [MediatorQualifications.TrainedMediator]));
        return (organisation, mediator);
    }

    public static RegisterApplicationCommand Application(Guid organisation, int seed = 1, params ClaimInput[] claims) =>
        new(organisation, Worker(seed), Employer(seed), claims.Length == 0 ? [Wages()] : claims);

    public static Task<RegisteredCase> ApplyAsync(this PlatformFixture platform, Guid organisation, int seed = 1, params ClaimInput[] claims) =>
        platform.SendAsync(Application(organisation, seed, claims));

    /// <summary>Registered, accepted and with an agreement drafted for the 20th and confirmed today (the case is then 已达成协议).</summary>
    public static async Task<RegisteredCase> AgreedCaseAsync(this PlatformFixture platform, Guid organisation, Guid mediator, int seed = 1, params ClaimInput[] claims)
    {
        var registered = await platform.ApplyAsync(organisation, seed, claims);
        await platform.SendAsync(new AcceptCaseCommand(registered.Id, mediator));
        await platform.DraftAsync(registered.Id);
        var today = DateOnly.FromDateTime(platform.Clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);
        await platform.SendAsync(new ConfirmAgreementCommand(registered.Id, true, today, today));
        return registered;
    }

    public static Task DraftAsync(this PlatformFixture platform, Guid caseId, decimal? amount = 8_000m, DateOnly? due = null) =>
        platform.SendAsync(new DraftAgreementCommand(
            caseId, "被申请人支付申请人2026年1月至2月工资。\n双方就本争议再无其他纠纷。", amount, due ?? new DateOnly(2026, 3, 20), "银行转账", "被申请人经营正常，账户余额足以支付。"));

    public static Task<MediationCase> CaseAsync(this PlatformFixture platform, Guid id) =>
        platform.QueryAsync<MediationDbContext, MediationCase>(db => db.Cases.AsNoTracking()
            .Include(c => c.Claims).Include(c => c.Sessions).Include(c => c.Experts).Include(c => c.FollowUps)
            .AsSplitQuery().SingleAsync(c => c.Id == id));

    /// <summary>The case's deadlines in every state.</summary>
    public static async Task<List<DeadlineView>> CaseDeadlinesAsync(this PlatformFixture platform, Guid subjectId) =>
        [.. (await platform.SendAsync(new ListDeadlinesQuery<MediationDbContext>(DeadlineFilter.All, subjectId, new PageRequest(1, PageRequest.MaxSize)))).Items];

    /// <summary>Puts an event into Mediation's own outbox, as a publishing module's command would, ready to be delivered.</summary>
    public static Task PublishAsync(this PlatformFixture platform, IntegrationEvent integrationEvent) =>
        platform.PublishIntoAsync<MediationDbContext>(integrationEvent);

    /// <summary>The events Mediation published of one type, oldest first.</summary>
    public static async Task<List<T>> PublishedAsync<T>(this PlatformFixture platform)
        where T : IntegrationEvent =>
        [.. (await platform.OutboxEventsAsync<MediationDbContext>()).OfType<T>()];

    private static async Task<PlatformFixture> ComposeAsync(IModule[] modules, string? policyProfile)
    {
        var platform = await PlatformFixture.CreateAsync(modules, policyProfile);
        platform.User.ActAs("mediation", MediationModule.Role);
        return platform;
    }
}
