using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;
using Monolith.Testing;

namespace Monolith.BrowserTests;

/// <summary>
/// A mediator takes a wage dispute through the pages, on a fake clock: registers the application guided from the window
/// (first forgetting the ID number), accepts it, records a session, drafts and prints the agreement, records the
/// parties' signatures, issues the fulfilment notice; after the performance date the case is due for a visit, the visit
/// is recorded and the agreement marked performed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MediationWalkTests(ClockedBrowserFixture fixture) : IClassFixture<ClockedBrowserFixture>
{
    private const string Street = "红谷滩区沙井街道劳动争议调解室（演示）";

    [Fact]
    public async Task Mediator_takes_a_case_from_application_to_a_followed_up_performed_agreement()
    {
        var fake = new FakeIdentity(501);
        var worker = fake.PersonName();
        var idNumber = fake.ResidentIdNumber();
        var phone = fake.MobileNumber();
        var employer = fake.EmployerName();
        var creditCode = fake.CreditCode();

        // The application, guided from the joint window; the ID number is forgotten at first.
        var page = await SignInAsync("mediation");
        await page.GotoAsync("/Mediation/Apply");
        var organisation = page.Locator("#Input_OrganisationId option", new() { HasTextString = Street });
        await page.Locator("#Input_OrganisationId").SelectOptionAsync((await organisation.GetAttributeAsync("value"))!);
        await page.Locator("#Input_Channel").SelectOptionAsync("Window");
        await page.Locator("#Input_ApplicantName").FillAsync(worker);
        await page.Locator("#Input_Phone").FillAsync(phone);
        await page.Locator("#Input_EmployerName").FillAsync(employer);
        await page.Locator("#Input_CreditCode").FillAsync(creditCode);
        await page.Locator("#Input_Claims_0__Kind").SelectOptionAsync("Wages");
        await page.Locator("#Input_Claims_0__Amount").FillAsync("8400");
        await page.Locator("#Input_Claims_0__Description").FillAsync("2026年1月至2月工资");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        Assert.Contains("身份证", await page.Locator("span[data-valmsg-for='Input.ResidentIdNumber']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(worker, await page.Locator("#Input_ApplicantName").InputValueAsync());

        await page.Locator("#Input_ResidentIdNumber").FillAsync(idNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.WaitForURLAsync(CaseUrl());
        var caseUrl = page.Url;
        var linkageNumber = LinkageNumber().Match(await page.Locator("main").InnerTextAsync()).Value;
        Assert.NotEmpty(linkageNumber);
        Assert.Equal("待受理", await StatusAsync(page));
        Assert.Contains("联动窗口", await page.Locator("#case-channel").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2026-03-17", await page.Locator("#deadlines").InnerTextAsync(), StringComparison.Ordinal);

        // The queue lists it.
        await page.GotoAsync("/Mediation");
        Assert.Contains(linkageNumber, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(caseUrl);

        // Acceptance with a mediator of the organisation.
        await page.Locator("#Accept_MediatorId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "受理并指派调解员" }).ClickAsync();
        await WaitForNoticeAsync(page, "已受理");
        Assert.Equal("调解中", await StatusAsync(page));

        // A session.
        await page.Locator("#Session_HeldOn").FillAsync("2026-03-02");
        await page.Locator("#Session_HeldAt").FillAsync("09:00");
        await page.Locator("#Session_Place").FillAsync("沙井街道调解室");
        await page.Locator("#Session_Participants").FillAsync($"{worker}、{employer}人事经理");
        await page.Locator("#Session_Summary").FillAsync("双方确认欠薪数额，被申请人同意分两周付清。");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录", Exact = true }).ClickAsync();
        await WaitForNoticeAsync(page, "已记录调解过程");
        Assert.Contains("被申请人同意分两周付清", await page.Locator("#sessions").InnerTextAsync(), StringComparison.Ordinal);

        // The agreement is drafted, printed for signing, and its signatures recorded.
        await page.Locator("#Agreement_Terms").FillAsync("被申请人支付申请人2026年1月至2月工资。\n双方就本争议再无其他纠纷。");
        await page.Locator("#Agreement_AgreedAmount").FillAsync("8000");
        await page.Locator("#Agreement_PerformanceDueDate").FillAsync("2026-03-20");
        await page.Locator("#Agreement_PerformanceMethod").FillAsync("银行转账");
        await page.Locator("#Agreement_CapacityNote").FillAsync("被申请人经营正常，账户余额足以支付。");
        await page.GetByRole(AriaRole.Button, new() { Name = "拟定调解协议书" }).ClickAsync();
        await WaitForNoticeAsync(page, "已拟定调解协议书");
        Assert.Contains("草稿", await page.Locator("#documents").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Confirm_PartiesSigned").CheckAsync();
        await page.Locator("#Confirm_WorkerSignedOn").FillAsync("2026-03-02");
        await page.Locator("#Confirm_EmployerSignedOn").FillAsync("2026-03-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认协议生效" }).ClickAsync();
        await WaitForNoticeAsync(page, "调解协议已生效");
        Assert.Equal("已达成协议，待履行", await StatusAsync(page));
        Assert.DoesNotContain("草稿", await page.Locator("#documents").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "发放履行告知书" }).ClickAsync();
        await WaitForNoticeAsync(page, "已发放履行告知书");
        Assert.Contains("已于", await page.Locator("#notice-status").InnerTextAsync(), StringComparison.Ordinal);

        // Both documents print as official pages; the agreement downloads as a Word file.
        var printed = await page.Context.NewPageAsync();
        await printed.GotoAsync(caseUrl.Replace("/Mediation/Case/", "/Mediation/Document/", StringComparison.Ordinal) + "/agreement");
        var agreementText = await printed.Locator("body").InnerTextAsync();
        Assert.Contains("劳动争议调解协议书", agreementText, StringComparison.Ordinal);
        Assert.Contains("8,000.00", agreementText, StringComparison.Ordinal);
        Assert.Contains(worker, agreementText, StringComparison.Ordinal);
        await printed.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("mediation", "agreement.png"), FullPage = true });
        await printed.GotoAsync(caseUrl.Replace("/Mediation/Case/", "/Mediation/Document/", StringComparison.Ordinal) + "/fulfilment-notice");
        Assert.Contains("2026年3月20日", await printed.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        await printed.CloseAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#documents a", new() { HasTextString = "下载Word" }).First.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "a .docx is a zip package");

        // The performance date passes without news: at the end of the day the case is due for a visit.
        fixture.Clock!.SetUtcNow(new DateTimeOffset(2026, 3, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        await DueWork.RunScheduledAsync(fixture.Services);
        page = await SignInAsync("mediation");
        await page.GotoAsync(caseUrl);
        Assert.Contains("待回访", await page.Locator("#follow-up-due").InnerTextAsync(), StringComparison.Ordinal);

        // The visit finds the money paid on the 20th; the agreement is recorded as performed.
        await page.Locator("#FollowUp_VisitedOn").FillAsync("2026-03-21");
        await page.Locator("#FollowUp_Method").SelectOptionAsync("Phone");
        await page.Locator("#FollowUp_Finding").SelectOptionAsync("Performed");
        await page.Locator("#FollowUp_Notes").FillAsync("申请人确认已于3月20日收到8000元。");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录回访" }).ClickAsync();
        await WaitForNoticeAsync(page, "已记录回访");
        Assert.Equal(0, await page.Locator("#follow-up-due").CountAsync());

        await page.Locator("#Performed_PerformedOn").FillAsync("2026-03-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录已履行" }).ClickAsync();
        await WaitForNoticeAsync(page, "已记录协议履行");
        Assert.Equal("协议已履行", await StatusAsync(page));
        Assert.Contains("2026", await page.Locator("#performance-status").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await page.Locator("#timeline").InnerTextAsync();
        Assert.Contains("回访", timeline, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("mediation", "case.png"), FullPage = true });

        // Done: it has left the to-do queue.
        await page.GotoAsync("/Mediation");
        Assert.DoesNotContain(linkageNumber, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> StatusAsync(IPage page) => (await page.Locator("#case-status").InnerTextAsync()).Trim();

    private static async Task WaitForNoticeAsync(IPage page, string text)
    {
        // Waits for the notice of this step: the previous step's notice stays on the page until the form's answer arrives.
        await page.Locator("div.notice[role='status']", new() { HasTextString = text }).WaitForAsync();
    }

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    [GeneratedRegex(@"/Mediation/Case/[0-9a-f-]{36}$")]
    private static partial Regex CaseUrl();

    [GeneratedRegex(@"360100-TJ-2026-\d{6}")]
    private static partial Regex LinkageNumber();
}
