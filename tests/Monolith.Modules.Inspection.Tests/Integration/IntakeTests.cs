using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.DecideAcceptance;
using Monolith.Modules.Inspection.Features.RegisterMatter;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>登记投诉/举报 on a real database: linkage number, acceptance period, limitation fact, duplicate warning, validation.</summary>
public sealed class IntakeTests : IAsyncLifetime
{
    private static readonly string[] InvalidFields =
    [
        "amountInvolved", "divisionCode", "employer.creditCode", "violationEndedOn",
        "workers[0].phone", "workers[0].residentIdNumber", "workers[1].name", "workers[1].phone", "workers[1].residentIdNumber",
    ];

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_complaint_gets_a_linkage_number_an_acceptance_period_of_5_working_days_and_publishes_the_limitation_interruption()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(1, TestKit.Worker(11), TestKit.Worker(12), TestKit.Worker(13)));

        Assert.Equal("360100-JC-2026-000001", registered.LinkageNumber);
        var matter = await platform.CaseAsync(registered.Id);
        Assert.Equal(3, matter.Workers.Count);
        Assert.Equal(CaseStatus.Received, matter.Status);
        Assert.Equal("inspection", matter.ReceivedBy);

        var acceptance = Assert.Single(await platform.DeadlinesOfAsync(registered.Id));
        Assert.Equal(InspectionDeadlineRules.AcceptComplaint, acceptance.RuleId);
        Assert.Equal(new DateOnly(2026, 3, 9), acceptance.DueDate);
        Assert.Equal("360100-JC-2026-000001", acceptance.LinkageNumber);
        Assert.DoesNotContain(matter.Workers[0].Name, acceptance.SubjectReference, StringComparison.Ordinal);

        var interrupted = Assert.Single(await platform.PublishedAsync<ArbitrationLimitationInterruptedIntegrationEvent>());
        Assert.Equal(registered.LinkageNumber, interrupted.LinkageNumber);
        Assert.Equal(new DateOnly(2026, 3, 2), interrupted.InterruptedOn);
        Assert.Equal(3, interrupted.WorkersCovered);
        Assert.Contains("第二十七条第二款", interrupted.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_report_has_no_acceptance_period_and_interrupts_no_ones_limitation()
    {
        var registered = await platform.RegisterAsync(TestKit.AnonymousReport());

        var matter = await platform.CaseAsync(registered.Id);
        Assert.Equal(MatterKind.Report, matter.Kind);
        Assert.Null(matter.ViolationEndedOn);
        Assert.Empty(await platform.DeadlinesOfAsync(registered.Id));
        Assert.Empty(await platform.PublishedAsync<ArbitrationLimitationInterruptedIntegrationEvent>());
    }

    [Fact]
    public async Task An_open_matter_for_the_same_employer_and_worker_is_shown_before_a_second_is_opened()
    {
        var worker = TestKit.Worker(21);
        var first = await platform.RegisterAsync(TestKit.Complaint(2, worker));

        var open = Assert.Single(await platform.SendAsync(new FindOpenMattersQuery(TestKit.Employer(2).CreditCode, null, [worker.ResidentIdNumber!.ToLowerInvariant()])));
        Assert.Equal(first.LinkageNumber, open.LinkageNumber);
        Assert.Equal([worker.Name!], open.Workers);

        var refused = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.RegisterAsync(TestKit.Complaint(2, TestKit.Worker(22), worker)));
        Assert.Equal("inspection.possible-duplicate", refused.Code);
        Assert.Contains(first.LinkageNumber, refused.Message, StringComparison.Ordinal);
        Assert.Single(await platform.QueryAsync<InspectionDbContext, List<InspectionCase>>(db => Task.FromResult(db.Cases.ToList())));

        // Another worker of the same employer, or the same worker at another employer, is not a duplicate.
        await platform.RegisterAsync(TestKit.Complaint(2, TestKit.Worker(23)));
        await platform.RegisterAsync(TestKit.Complaint(3, worker));

        var confirmed = await platform.RegisterAsync(TestKit.Complaint(2, worker) with { ConfirmNotDuplicate = true });
        Assert.NotEqual(first.Id, confirmed.Id);
    }

    [Fact]
    public async Task A_matter_no_longer_open_is_no_duplicate()
    {
        var worker = TestKit.Worker(31);
        var first = await platform.RegisterAsync(TestKit.Complaint(4, worker));
        await platform.SendAsync(new NotAcceptCaseCommand(first.Id, NonAcceptanceGround.OutsideJurisdiction, "用人单位在外省", Guidance.OtherDepartment, null));

        var second = await platform.RegisterAsync(TestKit.Complaint(4, worker));

        Assert.NotEqual(first.LinkageNumber, second.LinkageNumber);
    }

    [Fact]
    public async Task A_matter_another_agency_numbered_keeps_its_linkage_number()
    {
        var registered = await platform.RegisterAsync(TestKit.Complaint(5) with { Channel = IntakeChannel.Union, ExistingLinkageNumber = "360100-GH-2026-000012", ChannelReference = "职工服务中心 2026-12" });

        Assert.Equal("360100-GH-2026-000012", registered.LinkageNumber);
        var acceptance = Assert.Single(await platform.DeadlinesOfAsync(registered.Id));
        Assert.Equal("360100-GH-2026-000012", acceptance.LinkageNumber);
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_writes_nothing()
    {
        var id = TestKit.Worker(41).ResidentIdNumber!;
        var code = TestKit.Employer(6).CreditCode!;
        var bad = TestKit.Complaint(6, new WorkerInput("张三", id[..17] + (id[17] == '0' ? '1' : '0'), null, false), new WorkerInput("", null, "123", false)) with
        {
            DivisionCode = "110101",
            ViolationEndedOn = null,
            AmountInvolved = 10.001m,
            Employer = new EmployerInput("某公司", code[..17] + (code[17] == '0' ? '1' : '0'), null),
        };

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.RegisterAsync(bad));

        Assert.Equal(InvalidFields, invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("居民身份证号校验码错误", Assert.Single(invalid.Errors["workers[0].residentIdNumber"]));
        Assert.Empty(await platform.QueryAsync<InspectionDbContext, List<InspectionCase>>(db => Task.FromResult(db.Cases.ToList())));
        Assert.Empty(await platform.DeadlinesAsync<InspectionDbContext>(DeadlineFilter.All));
    }

    [Fact]
    public async Task A_lead_is_not_registered_through_intake_and_a_continuing_violation_has_no_end_date()
    {
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.RegisterAsync(
            TestKit.Complaint(7) with { Channel = IntakeChannel.ViolationLead, ViolationContinuing = true }));

        Assert.Contains("channel", invalid.Errors.Keys);
        Assert.Contains("violationEndedOn", invalid.Errors.Keys);
    }

    [Fact]
    public async Task Registration_is_audited_under_the_new_linkage_number()
    {
        var registered = await platform.RegisterAsync();

        Assert.Contains(await platform.AuditAsync(registered.LinkageNumber), e => e.Action == "Inspection.RegisterMatter");
    }
}
