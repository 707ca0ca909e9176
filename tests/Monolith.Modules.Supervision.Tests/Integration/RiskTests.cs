using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Monolith.BuildingBlocks.Application;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Features.Risk;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Modules.Union.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class RiskTests : IAsyncLifetime
{
    private const string Code = "91360102MA35ABCD1N";
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Complaints_raise_a_blue_alert_once_per_level_and_a_third_one_makes_it_yellow()
    {
        var first = Complaint(1);
        await platform.DeliverAsync(first, first with { EventId = Guid.NewGuid() });
        Assert.Empty(await AlertsAsync()); // 10 points: below blue

        await platform.DeliverAsync(Complaint(2));
        var blue = Assert.Single(await AlertsAsync());
        Assert.Equal((RiskLevel.Blue, 20m, RiskSubjectKind.Employer, Code, "南昌某某建筑劳务有限公司"), (blue.Level, blue.Score, blue.SubjectKind, blue.SubjectKey, blue.SubjectName));
        Assert.Equal("近90日劳动保障监察投诉2项，每项10分", Assert.Single(blue.RulesFired).Explanation);
        Assert.Equal(["360100-JC-2026-000002", "360100-JC-2026-000001"], blue.LinkedMatters);

        await platform.DeliverAsync(Complaint(3)); // 30: yellow
        Assert.Equal([RiskLevel.Blue, RiskLevel.Yellow], (await AlertsAsync()).Select(a => a.Level));
    }

    [Fact]
    public async Task An_alert_is_raised_only_when_the_level_rises()
    {
        await platform.DeliverAsync(Complaint(1), Complaint(2));
        await platform.DeliverAsync(Accepted(collective: true, wage: false));

        var alerts = await AlertsAsync();
        Assert.Equal([RiskLevel.Blue, RiskLevel.Orange], alerts.Select(a => a.Level));
        Assert.Equal(50m, alerts[1].Score);
        Assert.Contains(alerts[1].RulesFired, r => r.RuleCode == "collective-dispute" && r.Explanation == "近90日集体劳动争议1项，每项30分");

        await platform.DeliverAsync(Complaint(3)); // 60: still orange
        Assert.Equal(2, (await AlertsAsync()).Count);
        var assessment = Assert.Single(await platform.SendAsync(new RiskLedgerQuery()).ContinueWith(t => t.Result.Employers));
        Assert.Equal((60m, RiskLevel.Orange), (assessment.Score, assessment.Level));
    }

    [Fact]
    public async Task Wage_cases_failed_mediations_and_a_missed_deadline_on_the_employers_matter_count()
    {
        await platform.DeliverAsync(Accepted(collective: false, wage: true), MediationFailed());
        await platform.DeliverAsync(TestKit.Missed(TestKit.Monday, number: 7) with { LinkageNumber = "360100-ZC-2026-000007" });

        var indicators = await platform.QueryAsync<SupervisionDbContext, List<RiskIndicator>>(db => db.RiskIndicators.AsNoTracking().ToListAsync());
        Assert.Equal(
            [RiskIndicatorKind.WageArbitration, RiskIndicatorKind.FailedMediation, RiskIndicatorKind.MissedDeadline],
            indicators.OrderBy(i => i.Kind).Select(i => i.Kind));
        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((RiskLevel.Blue, 15m), (alert.Level, alert.Score)); // 10 + 5, then the missed deadline: 20, still blue
        var employer = Assert.Single((await platform.SendAsync(new RiskLedgerQuery())).Employers);
        Assert.Equal(20m, employer.Score);
        Assert.Contains("相关事项办理逾期1项", employer.RulesFired, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unanswered_letter_counts_against_its_employer()
    {
        await platform.DeliverAsync(new UnionSupervisionLetterIssuedIntegrationEvent(
            Guid.NewGuid(), TestKit.Monday, string.Empty, Guid.NewGuid(), UnionSupervisionLetterKind.ReminderLetter, "提示函〔2026〕第1号", "南昌某某建筑劳务有限公司",
            Code, "拖欠工资", "支付工资", TestKit.Monday, "union"));
        await platform.DeliverAsync(Complaint(1));
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 0, 1, 0, TimeSpan.FromHours(8)));
        await platform.RunDueScheduledWorkAsync();
        await platform.DeliverMessagesAsync();

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal(25m, alert.Score);
        Assert.Contains(alert.RulesFired, r => r.RuleCode == "unanswered-letter");
    }

    [Fact]
    public async Task A_file_with_a_bad_row_imports_nothing_and_reports_the_rejected_rows()
    {
        var csv = Csv(
            "欠缴社会保险费,91360102MA35ABCD1N,南昌某某建筑劳务有限公司,建筑业,360102,2026-02-20,12000.50,12,2025年第四季度",
            "罚款,,某公司,制造业,3601,2026-02-30,-5,0,",
            "信访,123,,,,2026-03-03,,,");

        var result = await platform.SendAsync(new ImportRiskIndicatorsCommand("指标.csv", csv));

        Assert.False(result.Accepted);
        Assert.Equal((3, 0), (result.Rows, result.Imported));
        Assert.Equal([3, 4], result.Rejected.Select(r => r.Row));
        Assert.Equal("类型应为欠缴税款、欠缴社会保险费、信访、舆情之一；区划代码应为6位数字（GB/T 2260）；日期应为yyyy-MM-dd格式；金额应为不小于0的数字；涉及人数应为正整数", result.Rejected[0].Errors);
        Assert.Contains("单位名称不能为空", result.Rejected[1].Errors, StringComparison.Ordinal);
        Assert.Contains("日期不能晚于今天", result.Rejected[1].Errors, StringComparison.Ordinal);
        Assert.Empty(await platform.QueryAsync<SupervisionDbContext, List<RiskIndicator>>(db => db.RiskIndicators.ToListAsync()));

        var report = await platform.SendAsync(new RiskImportReportQuery(result.ImportId));
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("行号,错误,类型,统一社会信用代码,单位名称", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("3,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_csv_file_is_imported_whole_counted_once_and_scored_with_its_district_and_industry()
    {
        var csv = Csv(
            "欠缴社会保险费,91360102MA35ABCD1N,南昌某某建筑劳务有限公司,建筑业,360102,2026-02-20,12000.50,12,2025年第四季度",
            "舆情,,南昌某某餐饮管理有限公司,住宿和餐饮业,360103,2026/3/1,,,网络反映拖欠工资");

        var result = await platform.SendAsync(new ImportRiskIndicatorsCommand("指标.csv", csv));
        var again = await platform.SendAsync(new ImportRiskIndicatorsCommand("指标.csv", csv));

        Assert.True(result.Accepted);
        Assert.Equal((2, 2), (result.Rows, result.Imported));
        Assert.Equal((0, 2), (again.Imported, again.AlreadyImported));
        var ledger = await platform.SendAsync(new RiskLedgerQuery());
        Assert.Equal(["南昌某某餐饮管理有限公司", "南昌某某建筑劳务有限公司"], ledger.Employers.Select(e => e.EmployerName));
        Assert.Equal(("360103", "住宿和餐饮业", RiskLevel.Blue), (ledger.Employers[0].DistrictCode, ledger.Employers[0].Industry, ledger.Employers[0].Level));
        Assert.Equal(["360102", "360103"], ledger.ByDistrict.Select(d => d.Key).Order(StringComparer.Ordinal));
        Assert.Equal(1, (await platform.SendAsync(new RiskLedgerQuery(District: "360102"))).Total);
        Assert.Equal(1, (await platform.SendAsync(new RiskLedgerQuery(Industry: "建筑业"))).Total);
        Assert.Equal(2, (await AlertsAsync()).Count);
    }

    [Fact]
    public async Task An_excel_file_is_imported_like_a_csv_file()
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["类型"] = "欠缴税款", ["统一社会信用代码"] = Code, ["单位名称"] = "南昌某某建筑劳务有限公司", ["行业"] = "建筑业", ["区划代码"] = "360102", ["日期"] = new DateTime(2026, 2, 1), ["金额"] = 5000m, ["涉及人数"] = "", ["说明"] = "" },
        });

        var result = await platform.SendAsync(new ImportRiskIndicatorsCommand("指标.xlsx", stream.ToArray()));

        Assert.True(result.Accepted, string.Join(" / ", result.Rejected.Select(r => r.Errors)));
        var indicator = Assert.Single(await platform.QueryAsync<SupervisionDbContext, List<RiskIndicator>>(db => db.RiskIndicators.AsNoTracking().ToListAsync()));
        Assert.Equal((RiskIndicatorKind.TaxArrears, new DateOnly(2026, 2, 1), 5000m), (indicator.Kind, indicator.OccurredOn, indicator.Amount));
    }

    [Theory]
    [InlineData("指标.txt")]
    [InlineData(null)]
    public async Task Only_csv_and_xlsx_files_are_taken(string? name)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new ImportRiskIndicatorsCommand(name, Encoding.UTF8.GetBytes("x"))));

        Assert.Equal(["file"], error.Errors.Keys);
    }

    [Fact]
    public async Task A_file_without_the_template_columns_is_refused()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new ImportRiskIndicatorsCommand("x.csv", Encoding.UTF8.GetBytes("名称,日期\r\n某公司,2026-03-01\r\n"))));

        Assert.Contains("缺少列：类型", error.Errors["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_weights_and_thresholds_rescore_every_employer_and_raise_the_alerts_they_call_for()
    {
        await platform.DeliverAsync(Complaint(1));
        Assert.Empty(await AlertsAsync());

        await platform.SendAsync(new UpdateRiskRulesCommand(
            60, new Dictionary<RiskIndicatorKind, decimal> { [RiskIndicatorKind.Complaint] = 50 }, 80, 50, 30, 15, []));

        var alert = Assert.Single(await AlertsAsync());
        Assert.Equal((RiskLevel.Orange, 50m), (alert.Level, alert.Score));
        Assert.Equal("近60日劳动保障监察投诉1项，每项50分", Assert.Single(alert.RulesFired).Explanation);
        var rules = await platform.SendAsync(new GetRiskRulesQuery());
        Assert.Equal((60, 50m), (rules.WindowDays, rules.WeightOf(RiskIndicatorKind.Complaint)));
    }

    [Fact]
    public async Task Rules_out_of_order_are_refused_and_nothing_changes()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new UpdateRiskRulesCommand(90, null, 10, 50, 30, 15, [])));

        Assert.Equal(["rules"], error.Errors.Keys);
        Assert.Equal(RiskRules.Default.Red, (await platform.SendAsync(new GetRiskRulesQuery())).Red);
    }

    [Fact]
    public async Task The_ledger_exports_as_csv_and_excel()
    {
        await platform.DeliverAsync(Complaint(1), Complaint(2));
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(platform.Services);
        var mediator = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<MediatR.IMediator>(scope.ServiceProvider);

        var csv = Encoding.UTF8.GetString(await RiskExport.CsvAsync(mediator, CancellationToken.None));
        var xlsx = await RiskExport.XlsxAsync(mediator, CancellationToken.None);

        Assert.StartsWith("\uFEFF单位名称,", csv, StringComparison.Ordinal);
        Assert.Contains("南昌某某建筑劳务有限公司", csv, StringComparison.Ordinal);
        Assert.Contains("蓝色", csv, StringComparison.Ordinal);
        var row = (IDictionary<string, object>)Assert.Single(new MemoryStream(xlsx).Query(useHeaderRow: true));
        Assert.Equal("蓝色", row["风险等级"]);
    }

    private static byte[] Csv(params string[] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("类型,统一社会信用代码,单位名称,行业,区划代码,日期,金额,涉及人数,说明\r\n" + string.Join("\r\n", rows) + "\r\n")];

    private async Task<List<RiskAlertRaisedIntegrationEvent>> AlertsAsync() =>
        [.. (await platform.OutboxEventsAsync<SupervisionDbContext>()).OfType<RiskAlertRaisedIntegrationEvent>()];

    private static ArbitrationLimitationInterruptedIntegrationEvent Complaint(int number) => new(
        Guid.NewGuid(), TestKit.Monday, $"360100-JC-2026-{number:D6}", Guid.Parse($"0195a000-0000-7000-8000-{number:D12}"), new DateOnly(2026, 3, 2),
        "南昌某某建筑劳务有限公司", Code, 3, "劳动争议调解仲裁法 第二十七条第二款");

    private static ArbitrationApplicationAcceptedIntegrationEvent Accepted(bool collective, bool wage) => new(
        Guid.NewGuid(), TestKit.Monday, "360100-ZC-2026-000007", Guid.NewGuid(), "洪劳人仲案字〔2026〕7号", "南昌某某建筑劳务有限公司", Code,
        collective ? 12 : 1, collective, wage, 36000m, TestKit.Monday);

    private static MediationFailedIntegrationEvent MediationFailed() => new(
        Guid.NewGuid(), TestKit.Monday, "360100-TJ-2026-000003", Guid.NewGuid(), MediationFailureReason.NoAgreement, "调解不成", "某街道人民调解委员会",
        new MediationWorker("王伟", "360102199001010011", "13800000000"), new MediationEmployer("南昌某某建筑劳务有限公司", Code),
        [new MediationClaim(MediationClaimKind.Wages, 8000m, null)], null, TestKit.Monday);
}
