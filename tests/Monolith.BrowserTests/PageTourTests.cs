using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Monolith.BrowserTests;

/// <summary>
/// Every page of every role renders (HTTP 200, its heading, no error page), with a screenshot of each in
/// TestResults/pages/ for a human to look at; plus the window's calculator and the administrator's calendar form.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageTourTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "window", "/", "您好" },
        { "window", "/Window", "期限计算与工作日查询" },
        { "inspection", "/Inspection", "监察案件" },
        { "inspection", "/Inspection/Intake", "登记投诉举报" },
        { "inspection", "/Inspection/Requests", "协助请求与线索" },
        { "inspection", "/Inspection/Alerts", "风险预警" },
        { "inspection", "/Inspection/Deadlines", "监察期限" },
        { "legalaid", "/Inspection/Requested", "向劳动保障监察提出的请求" },
        { "arbitration", "/Arbitration", "仲裁申请" },
        { "arbitration", "/Arbitration/Register", "登记仲裁申请" },
        { "arbitration", "/Arbitration/Reviews", "仲裁审查确认" },
        { "union", "/Union", "工会维权" },
        { "legalaid", "/LegalAid", "法律援助申请" },
        { "legalaid", "/LegalAid/Lawyers", "法律援助人员名册" },
        { "legalaid", "/LegalAid/New", "受理法律援助申请" },
        { "legalaid", "/LegalAid/Statistics", "法律援助统计" },
        { "justice", "/LegalAid", "法律援助申请" },
        { "mediation", "/Mediation", "调解" },
        { "supervision", "/Supervision", "时效监督台账" },
        { "admin", "/Admin", "系统管理" },
        { "admin", "/Platform/Accounts", "账号" },
        { "admin", "/Platform/Calendar", "工作日历" },
        { "admin", "/Admin/DeadlineRules", "期限规则" },
        { "admin", "/Admin/Messages", "消息处理" },
        { "admin", "/Platform/Audit", "审计日志" },
        { "admin", "/Window", "期限计算与工作日查询" },
        { "admin", "/Union/Meetings", "会议日历" },
        { "admin", "/Union/Meetings/Schedule", "安排会议" },
        { "inspection", "/Union/My/Meetings", "我的会议" },
        { "inspection", "/Union/My/ActionItems", "本单位待办事项" },
        { "window", "/Inbox", "我的提醒" },
        { "union", "/Union/Cases/Register", "登记咨询/诉求" },
        { "union", "/Union/Cases/Letters", "“一函两书”" },
        { "supervision", "/Supervision/Letters", "监督文书台账" },
        { "supervision", "/Supervision/Procuratorate", "检察监督" },
        { "supervision", "/Supervision/Oversight/Statistics", "逾期统计" },
        { "supervision", "/Supervision/Risk", "风险台账" },
        { "admin", "/Supervision/Admin/RiskRules", "风险预警规则" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_renders_for_its_role(string userName, string path, string heading)
    {
        var page = await fixture.SignedInPageAsync(userName);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.EndsWith(path == "/" ? fixture.BaseUrl + "/" : path, page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(heading, (await page.Locator("main h1").First.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("link[rel=stylesheet][href^='/css/site.css']").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("pages", $"{userName}{NonWord().Replace(path, "-")}.png"), FullPage = true });
    }

    [Fact]
    public async Task Window_staff_compute_a_deadline_and_look_up_a_day()
    {
        var page = await fixture.SignedInPageAsync("window");
        await page.GotoAsync("/Window");

        // 45 days from 2026-09-30 end on Saturday 2026-11-14, which rolls to Monday 2026-11-16.
        await page.Locator("#Rule").SelectOptionAsync("arbitration.award");
        await page.Locator("#Date").FillAsync("2026-09-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算截止日期" }).ClickAsync();
        var result = await page.Locator("#deadline-result").InnerTextAsync();
        Assert.Contains("2026-11-16（星期一）届满", result, StringComparison.Ordinal);
        Assert.Contains("顺延至2026-11-16", result, StringComparison.Ordinal);
        Assert.Contains("《劳动争议调解仲裁法》第四十三条第一款", result, StringComparison.Ordinal);

        await page.Locator("#Day").FillAsync("2026-10-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var day = await page.Locator("#day-result").InnerTextAsync();
        Assert.Contains("2026-10-01 不是工作日", day, StringComparison.Ordinal);
        Assert.Contains("法定休假日", day, StringComparison.Ordinal);

        // Without a rule: the field error, in Chinese, and no result.
        await page.GotoAsync("/Window?Rule=&Date=2026-09-30");
        Assert.Equal("请选择期限规则。", (await page.Locator("span[data-valmsg-for='Rule']").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("#deadline-result").CountAsync());
    }

    [Fact]
    public async Task Administrator_publishes_a_calendar_year_through_the_form()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Platform/Calendar?year=2031");
        Assert.Contains("2031 年节假日安排尚未公布", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // A line that cannot be read: the error names the line, nothing is published.
        await page.Locator("#Input_Source").FillAsync("国务院办公厅关于2031年部分节假日安排的通知（测试）");
        await page.Locator("#Input_Days").FillAsync("2031-01-01 PublicHoliday 元旦\n2031-13-01 PublicHoliday 错误");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        Assert.Contains("第2行", await page.Locator("span[data-valmsg-for='Input.Days']").InnerTextAsync(), StringComparison.Ordinal);

        // A weekday cannot be a make-up working day: the domain's message, prefixed with its line.
        await page.Locator("#Input_Days").FillAsync("2031-01-01 休 元旦\n2031-01-02 班 元旦调休上班");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        Assert.Contains("不是周六或周日，不能作为调休上班日", await page.Locator("span[data-valmsg-for='Input.Days']").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Input_Days").FillAsync("2031-01-01 休 元旦");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Platform/Calendar\\?year=2031$"));
        Assert.Contains("已发布2031年节假日安排（1个日期）", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2031-01-01", await page.Locator("main table").First.InnerTextAsync(), StringComparison.Ordinal);

        // The audit log records the publication.
        await page.GotoAsync("/Platform/Audit?subject=calendar%2F2031");
        Assert.Contains("成功", await page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
