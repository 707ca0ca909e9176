using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;
using Monolith.Testing;

namespace Monolith.BrowserTests;

/// <summary>
/// The main flow of 南昌方案 三(二) through the pages, in a real browser: the clerk registers an application and, with the
/// worker's consent, refers it to legal aid; the reviewer grants aid with a lawyer; the clerk sees the decision.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BrowserLoopTests(BrowserFixture fixture)
{
    private static readonly TimeSpan RelayTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Clerk_refers_to_legal_aid_reviewer_grants_and_clerk_sees_the_lawyer()
    {
        var fake = new FakeIdentity(7301);
        var worker = fake.PersonName();
        var idNumber = fake.ResidentIdNumber();
        var badIdNumber = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
        var phone = fake.MobileNumber();
        var employer = fake.EmployerName();
        var creditCode = fake.CreditCode();

        // The clerk signs in and registers, first with a wrong check digit.
        var clerk = await fixture.NewPageAsync();
        await SignInAsync(clerk, "arbitration");
        await clerk.GotoAsync("/Arbitration/Register");
        await FillRegistrationAsync(clerk, worker, badIdNumber, phone, employer, creditCode);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        Assert.EndsWith("/Arbitration/Register", clerk.Url, StringComparison.OrdinalIgnoreCase);
        var idError = clerk.Locator("span[data-valmsg-for='Input.ResidentIdNumber']");
        Assert.Equal("居民身份证号校验码错误", (await idError.InnerTextAsync()).Trim());
        Assert.Equal(badIdNumber, await clerk.Locator("#Input_ResidentIdNumber").InputValueAsync());
        Assert.Equal(worker, await clerk.Locator("#Input_ApplicantName").InputValueAsync());

        await clerk.GotoAsync("/Arbitration");
        Assert.Equal(0, await clerk.Locator("table.applications tbody tr").CountAsync());
        Assert.Contains("没有仲裁申请", await clerk.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // Now with the right number: straight to the new application, with its linkage number.
        await clerk.GotoAsync("/Arbitration/Register");
        await FillRegistrationAsync(clerk, worker, idNumber, phone, employer, creditCode);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(ApplicationUrl());
        var linkageNumber = (await clerk.Locator("h1 .mono").InnerTextAsync()).Trim();
        Assert.Matches(LinkageNumberPattern(), linkageNumber);
        Assert.Contains($"已登记仲裁申请，联动编号 {linkageNumber}", await clerk.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(idNumber, await clerk.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var applicationUrl = clerk.Url;

        // Consent recorded, referred.
        await clerk.GetByLabel("劳动者同意转介").CheckAsync();
        await clerk.GetByLabel("劳动者没有委托代理人").CheckAsync();
        await clerk.GetByLabel("劳动者自述经济困难").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "转介法律援助机构" }).ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Contains("法律援助机构审查中", await clerk.Locator("#referrals").InnerTextAsync(), StringComparison.Ordinal);

        // The reviewer, in another browser context, waits for the referral to arrive (relayed by the host's messaging service).
        var reviewer = await fixture.NewPageAsync();
        await SignInAsync(reviewer, "legalaid");
        var row = reviewer.Locator("table.applications tbody tr", new() { HasText = linkageNumber });
        await Eventually.MatchAsync(
            async () =>
            {
                await reviewer.GotoAsync("/LegalAid");
                return await row.CountAsync();
            },
            count => count == 1,
            RelayTimeout,
            $"the referral of {linkageNumber} reaches legal aid");
        Assert.Contains("待审查", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.GetByRole(AriaRole.Link, new() { Name = "审查" }).ClickAsync();
        await reviewer.WaitForURLAsync(new Regex("/LegalAid/Application/[0-9a-f-]{36}$"));
        Assert.Contains("劳动人事争议仲裁院转介", await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(idNumber, await reviewer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var firstLawyer = reviewer.Locator("#Grant_LawyerId option:not([value=''])").First;
        var lawyerId = await firstLawyer.GetAttributeAsync("value");
        var lawyerName = (await firstLawyer.InnerTextAsync()).Split('（')[0].Trim();
        Assert.False(string.IsNullOrEmpty(lawyerName));
        await reviewer.Locator("#Grant_LawyerId").SelectOptionAsync(lawyerId!);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "给予法律援助" }).ClickAsync();
        await reviewer.WaitForLoadStateAsync();
        Assert.Equal("已给予法律援助", (await reviewer.Locator("#application-status").InnerTextAsync()).Trim());

        // The clerk's page shows the decision once it has come back.
        var referrals = clerk.Locator("#referrals");
        await Eventually.MatchAsync(
            async () =>
            {
                await clerk.GotoAsync(applicationUrl);
                return await referrals.InnerTextAsync();
            },
            text => text.Contains("已给予法律援助", StringComparison.Ordinal),
            RelayTimeout,
            $"legal aid's decision on {linkageNumber} reaches arbitration");
        Assert.Contains(lawyerName, await referrals.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("在审查期限内", await referrals.InnerTextAsync(), StringComparison.Ordinal);

        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("browser-loop.png"), FullPage = true });
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_login_and_other_agencies_get_the_denied_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Arbitration");
        Assert.Matches(new Regex("/login\\?ReturnUrl=%2FArbitration$", RegexOptions.IgnoreCase), page.Url);

        // Signing in as a legal-aid reviewer from there returns to /Arbitration, which is not theirs.
        await page.Locator("#UserName").FillAsync("legalaid");
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync(),
            r => r.Url.Contains("/denied", StringComparison.OrdinalIgnoreCase));
        await page.WaitForURLAsync(new Regex("/denied", RegexOptions.IgnoreCase));
        Assert.Equal(403, response.Status);
        Assert.Contains("无权访问", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        var direct = await page.GotoAsync("/Arbitration/Register");
        Assert.Contains("/denied", page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(403, direct!.Status);

        // Their own area is open to them.
        var own = await page.GotoAsync("/LegalAid");
        Assert.Equal(200, own!.Status);
        Assert.EndsWith("/LegalAid", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Login_never_redirects_off_site_and_shows_its_errors_in_chinese()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login?ReturnUrl=" + Uri.EscapeDataString("https://example.com/"));
        await page.Locator("#UserName").FillAsync("window");
        await page.Locator("#Password").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Contains("用户名或密码错误", await page.Locator(".alert").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(fixture.BaseUrl + "/");
        Assert.Contains("联动维权服务窗口工作人员", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("a.tile[href='/Window']").CountAsync());
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task FillRegistrationAsync(IPage page, string worker, string idNumber, string phone, string employer, string creditCode)
    {
        await page.Locator("#Input_ApplicantName").FillAsync(worker);
        await page.Locator("#Input_ResidentIdNumber").FillAsync(idNumber);
        await page.Locator("#Input_Phone").FillAsync(phone);
        await page.Locator("#Input_IsMigrantWorker").CheckAsync();
        await page.Locator("#Input_RespondentName").FillAsync(employer);
        await page.Locator("#Input_CreditCode").FillAsync(creditCode);
        await page.Locator("#Input_Claims_0__Type").SelectOptionAsync("UnpaidWages");
        await page.Locator("#Input_Claims_0__Amount").FillAsync("12800.50");
        await page.Locator("#Input_Claims_0__Description").FillAsync("2025年10月至12月工资");

        // Row 2 left blank (ignored); row 3 filled, so a skipped row does not shift the rows after it.
        await page.Locator("#Input_Claims_2__Type").SelectOptionAsync("EconomicCompensation");
        await page.Locator("#Input_Claims_2__Amount").FillAsync("6000");
    }

    [GeneratedRegex("/Arbitration/Application/[0-9a-f-]{36}$")]
    private static partial Regex ApplicationUrl();

    [GeneratedRegex(@"^\d{6}-ZC-\d{4}-\d{6}$")]
    private static partial Regex LinkageNumberPattern();
}
