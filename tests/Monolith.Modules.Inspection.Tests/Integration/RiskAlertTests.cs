using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.GetCase;
using Monolith.Modules.Inspection.Features.RiskAlerts;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests.Integration;

/// <summary>
/// Supervision's risk alerts, published into the platform as Supervision's ledger would: queued once per alert (an
/// escalation updates it), shown with level, subject and rules, taken up as an inspection task or dismissed with a reason.
/// </summary>
public sealed class RiskAlertTests : IAsyncLifetime
{
    private static readonly string EmployerName = new FakeIdentity(6001).EmployerName();
    private static readonly string CreditCode = new FakeIdentity(6001).CreditCode();

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    internal static RiskAlertRaisedIntegrationEvent Alert(
        Guid alertId, RiskLevel level = RiskLevel.Orange, RiskSubjectKind kind = RiskSubjectKind.Employer, string? district = TestKit.District) => new(
        Guid.NewGuid(),
        TestKit.Monday,
        "360100-JC-2026-000007",
        alertId,
        kind,
        kind == RiskSubjectKind.Employer ? CreditCode : kind == RiskSubjectKind.District ? "360102" : "E48",
        kind == RiskSubjectKind.Employer ? EmployerName : kind == RiskSubjectKind.District ? "东湖区" : "建筑业",
        district,
        level,
        level == RiskLevel.Red ? 92m : 71.5m,
        [new RiskRuleFired("repeat-complaints", "90日内同一用人单位投诉3件以上", 40m), new RiskRuleFired("missed-order", "逾期未履行责令支付", 31.5m)],
        ["360100-JC-2026-000005", "360100-JC-2026-000007"],
        TestKit.Monday);

    [Fact]
    public async Task An_alert_is_queued_once_with_its_level_subject_and_rules()
    {
        var alertId = Guid.NewGuid();
        await platform.DeliverAsync(Alert(alertId));
        await platform.DeliverAsync(Alert(alertId));

        var queued = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);
        Assert.Equal(alertId, queued.AlertId);
        Assert.Equal("橙色预警", queued.LevelName);
        Assert.Equal("用人单位", queued.SubjectKindName);
        Assert.Equal(EmployerName, queued.SubjectName);
        Assert.Equal(CreditCode, queued.SubjectKey);
        Assert.Equal(["repeat-complaints", "missed-order"], queued.Rules.Select(r => r.RuleCode));
        Assert.Equal("90日内同一用人单位投诉3件以上", queued.Rules[0].Explanation);
        Assert.Equal(["360100-JC-2026-000005", "360100-JC-2026-000007"], queued.LinkedMatters);
        Assert.Equal(RiskAlertStatus.Open, queued.Status);
        Assert.Empty((await platform.SendAsync(new ListMessageProblemsQuery())).Items);
    }

    [Fact]
    public async Task An_escalation_raises_the_level_and_a_lower_level_changes_nothing()
    {
        var alertId = Guid.NewGuid();
        await platform.DeliverAsync(Alert(alertId, RiskLevel.Orange));
        await platform.DeliverAsync(Alert(alertId, RiskLevel.Red));
        await platform.DeliverAsync(Alert(alertId, RiskLevel.Yellow));

        var queued = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);
        Assert.Equal(RiskLevel.Red, queued.Level);
        Assert.Equal(92m, queued.Score);
    }

    [Fact]
    public async Task The_queue_puts_open_alerts_first_the_most_urgent_first_and_pages()
    {
        await platform.DeliverAsync(Alert(Guid.NewGuid(), RiskLevel.Blue));
        await platform.DeliverAsync(Alert(Guid.NewGuid(), RiskLevel.Red));
        await platform.DeliverAsync(Alert(Guid.NewGuid(), RiskLevel.Yellow));
        var yellow = (await platform.SendAsync(new ListRiskAlertsQuery())).Items.Single(a => a.Level == RiskLevel.Yellow);
        await platform.SendAsync(new DismissRiskAlertCommand(yellow.Id, "已于上月专项检查中核实"));

        var all = await platform.SendAsync(new ListRiskAlertsQuery());
        Assert.Equal([RiskLevel.Red, RiskLevel.Blue, RiskLevel.Yellow], all.Items.Select(a => a.Level));
        var second = await platform.SendAsync(new ListRiskAlertsQuery(PageSize: 2, Page: 2));
        Assert.Equal(3, second.Total);
        Assert.Equal(RiskLevel.Yellow, Assert.Single(second.Items).Level);
        Assert.Equal(RiskLevel.Yellow, Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery(RiskAlertStatus.Dismissed))).Items).Level);
    }

    [Fact]
    public async Task An_employer_alert_taken_up_becomes_a_report_on_that_employer_with_the_rules_as_facts()
    {
        await platform.DeliverAsync(Alert(Guid.NewGuid()));
        var queued = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);

        var caseId = await platform.SendAsync(new TakeUpRiskAlertCommand(queued.Id, null, null, null, ViolationCategory.UnpaidWages, "先行书面审查"));

        var details = await platform.SendAsync(new GetCaseQuery(caseId));
        Assert.Equal(MatterKind.Report, details.Kind);
        Assert.Equal(IntakeChannel.RiskAlert, details.Channel);
        Assert.Equal(EmployerName, details.Employer.Name);
        Assert.Equal(CreditCode, details.Employer.CreditCode);
        Assert.Equal(TestKit.District, details.DivisionCode);
        Assert.Contains("90日内同一用人单位投诉3件以上", details.Facts, StringComparison.Ordinal);
        Assert.Contains("先行书面审查", details.Facts, StringComparison.Ordinal);
        Assert.NotEqual("360100-JC-2026-000007", details.LinkageNumber);
        var taken = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);
        Assert.Equal(RiskAlertStatus.TakenUp, taken.Status);
        Assert.Equal(caseId, taken.CaseId);
        Assert.Equal(details.LinkageNumber, taken.CaseLinkageNumber);

        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new DismissRiskAlertCommand(queued.Id, "重复")));
        Assert.Equal("inspection.alert-decided", again.Code);
    }

    [Fact]
    public async Task An_industry_alert_needs_the_employer_to_inspect_and_nothing_is_written_without_it()
    {
        await platform.DeliverAsync(Alert(Guid.NewGuid(), kind: RiskSubjectKind.Industry, district: null));
        var queued = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new TakeUpRiskAlertCommand(queued.Id, null, null, null, ViolationCategory.UnpaidWages, null)));
        Assert.Equal(["divisionCode", "employerName"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await platform.QueryAsync<InspectionDbContext, List<InspectionCase>>(db => db.Cases.ToListAsync()));

        var caseId = await platform.SendAsync(new TakeUpRiskAlertCommand(queued.Id, EmployerName, CreditCode, TestKit.District, ViolationCategory.WorkingHours, null));
        Assert.Equal(EmployerName, (await platform.SendAsync(new GetCaseQuery(caseId))).Employer.Name);
    }

    [Fact]
    public async Task A_dismissal_needs_a_reason_and_an_escalation_brings_a_dismissed_alert_back()
    {
        var alertId = Guid.NewGuid();
        await platform.DeliverAsync(Alert(alertId, RiskLevel.Yellow));
        var queued = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DismissRiskAlertCommand(queued.Id, " ")));
        Assert.Equal("不予立项核查应当说明理由。", Assert.Single(invalid.Errors["reason"]));

        await platform.SendAsync(new DismissRiskAlertCommand(queued.Id, "该单位已于上月整改完毕"));
        var dismissed = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);
        Assert.Equal(RiskAlertStatus.Dismissed, dismissed.Status);
        Assert.Equal("该单位已于上月整改完毕", dismissed.DismissalReason);

        await platform.DeliverAsync(Alert(alertId, RiskLevel.Red));
        var back = Assert.Single((await platform.SendAsync(new ListRiskAlertsQuery())).Items);
        Assert.Equal(RiskAlertStatus.Open, back.Status);
        Assert.Equal(RiskLevel.Red, back.Level);
        Assert.Null(back.DismissalReason);
    }
}
