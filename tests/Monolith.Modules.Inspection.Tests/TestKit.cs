using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.RegisterMatter;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests;

/// <summary>Inspection composed alone, acting as an inspection officer; or beside a neighbour module, for what must stay Inspection's own.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The neighbour's rule (tests/Fixtures/Monolith.Modules.Sample).</summary>
    public const string NeighbourRule = "sample.reply";

    /// <summary>东湖区, a district of the deploying city (南昌市, 360100).</summary>
    public const string District = "360102";

    public static Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang", IDictionary<string, string?>? settings = null) =>
        ComposeAsync([new InspectionModule()], policyProfile, settings);

    /// <summary>Inspection beside the Sample fixture module, which has deadlines of its own in its own tables.</summary>
    public static Task<PlatformFixture> PlatformWithNeighbourAsync() => ComposeAsync([new InspectionModule(), new SampleModule()], "Nanchang", null);

    /// <summary>What a complaint's deadlines are about, as Inspection's commands describe it (no personal data).</summary>
    public static DeadlineSubject ComplaintSubject(int number) =>
        new("Complaint", Guid.NewGuid(), $"360100-JC-2026-{number:D6}", $"劳动保障监察投诉 360100-JC-2026-{number:D6}");

    public static DeadlineSubject NeighbourMatter(int number) =>
        new("SampleMatter", Guid.NewGuid(), $"360100-YP-2026-{number:D6}", $"示例事项 360100-YP-2026-{number:D6}");

    public static DateTimeOffset Local(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, China);

    public static WorkerInput Worker(int seed, bool withPhone = true)
    {
        var fake = new FakeIdentity(seed);
        return new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), withPhone ? fake.MobileNumber() : null, IsMigrantWorker: true);
    }

    public static EmployerInput Employer(int seed) => new(new FakeIdentity(5000 + seed).EmployerName(), new FakeIdentity(5000 + seed).CreditCode(), "南昌市东湖区某路1号");

    /// <summary>A wage-arrears complaint of <paramref name="workers"/> workers against employer <paramref name="employer"/>; the violation ended a month ago.</summary>
    public static RegisterMatterCommand Complaint(int employer = 1, params WorkerInput[] workers) => new(
        MatterKind.Complaint,
        IntakeChannel.JointWindow,
        workers.Length == 0 ? [Worker(employer * 10 + 1)] : workers,
        Employer(employer),
        District,
        ViolationCategory.UnpaidWages,
        "2025年11月至2026年1月工资未发放",
        36_000m,
        new DateOnly(2025, 11, 1),
        new DateOnly(2026, 1, 31));

    public static RegisterMatterCommand AnonymousReport(int employer = 1) => new(
        MatterKind.Report, IntakeChannel.Worker, [], Employer(employer), District, ViolationCategory.ChildLabour, "车间疑似使用未满十六周岁人员", null, null, null, ViolationContinuing: true);

    public static Task<RegisteredMatter> RegisterAsync(this PlatformFixture platform, RegisterMatterCommand? command = null) =>
        platform.SendAsync(command ?? Complaint());

    /// <summary>Registers a complaint and accepts it (filed, investigation running).</summary>
    public static async Task<RegisteredMatter> FiledAsync(this PlatformFixture platform, RegisterMatterCommand? command = null)
    {
        var registered = await platform.RegisterAsync(command);
        await platform.SendAsync(new AcceptCaseCommand(registered.Id, true, true));
        return registered;
    }

    public static Task<InspectionCase> CaseAsync(this PlatformFixture platform, Guid id) =>
        platform.QueryAsync<InspectionDbContext, InspectionCase>(db => db.Cases.AsNoTracking()
            .Include(c => c.Workers).Include(c => c.Events).Include(c => c.Orders).Include(c => c.Inquiries).Include(c => c.Statements)
            .Include(c => c.LegalAidReferrals).Include(c => c.ArbitrationReferrals).AsSplitQuery()
            .SingleAsync(c => c.Id == id));

    public static Task<IReadOnlyList<DeadlineView>> DeadlinesOfAsync(this PlatformFixture platform, Guid subjectId) =>
        platform.SendAsync(new ListDeadlinesQuery<InspectionDbContext>(DeadlineFilter.All, subjectId));

    /// <summary>Puts an event into Inspection's own outbox, as the requesting module's command would, ready to be delivered.</summary>
    public static async Task DeliverAsync(this PlatformFixture platform, IntegrationEvent integrationEvent)
    {
        await platform.PublishIntoAsync<InspectionDbContext>(integrationEvent);
        await platform.DeliverMessagesAsync();
    }

    /// <summary>Inspection's outbox, oldest first, of one event type.</summary>
    public static async Task<List<T>> PublishedAsync<T>(this PlatformFixture platform)
        where T : IntegrationEvent =>
        [.. (await platform.OutboxEventsAsync<InspectionDbContext>()).OfType<T>()];

    public static EvidenceAssistanceRequestedIntegrationEvent EvidenceRequest(string from = "LegalAid", DateTimeOffset? at = null, Guid? requestId = null) => new(
        Guid.NewGuid(),
        at ?? Monday,
        "360100-FY-2026-000003",
        requestId ?? Guid.NewGuid(),
        from,
        from == "Union" ? "工会" : "法律援助机构",
        "360100-FY-2026-000003",
        new FakeIdentity(77).PersonName(),
        new FakeIdentity(5077).EmployerName(),
        new FakeIdentity(5077).CreditCode(),
        "项目经理（姓名待核实）",
        "2025年10月至12月考勤记录和工资发放记录",
        "用人单位拒绝向劳动者提供",
        "legalaid");

    public static ViolationLeadReportedIntegrationEvent Lead(string from = "Union", DateTimeOffset? at = null, Guid? leadId = null, int employer = 9) => new(
        Guid.NewGuid(),
        at ?? Monday,
        "360100-GH-2026-000004",
        leadId ?? Guid.NewGuid(),
        from,
        from == "Union" ? "工会" : "法律援助机构",
        "360100-GH-2026-000004",
        Employer(employer).Name!,
        Employer(employer).CreditCode,
        District,
        "职工反映该公司连续三个月未发工资，涉及约40人",
        40,
        "union");

    private static async Task<PlatformFixture> ComposeAsync(IModule[] modules, string? policyProfile, IDictionary<string, string?>? settings)
    {
        var platform = await PlatformFixture.CreateAsync(modules, policyProfile, settings: settings);
        platform.User.ActAs("inspection", InspectionModule.Role);
        return platform;
    }
}
