using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;

namespace Monolith.BrowserTests;

/// <summary>
/// A legal-aid reviewer takes a direct window application from intake to closure through the pages: the one-time
/// materials notice and its printable document, the supplement, the grant, assignment from the workload table, closure,
/// archive and follow-up; the statistics chart renders.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LegalAidWalkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Reviewer_takes_a_direct_application_from_intake_to_closure()
    {
        var fake = new FakeIdentity(7401);
        var worker = fake.PersonName();
        var page = await fixture.SignedInPageAsync("legalaid");

        await page.GotoAsync("/LegalAid/New");
        await page.Locator("#Input_ApplicantName").FillAsync(worker);
        await page.Locator("#Input_ResidentIdNumber").FillAsync(fake.ResidentIdNumber());
        await page.Locator("#Input_Phone").FillAsync("123");
        await page.Locator("#Input_IsMigrantWorker").CheckAsync();
        await page.Locator("#Input_EmployerName").FillAsync(fake.EmployerName());
        await page.Locator("#Input_Claims_0__Kind").SelectOptionAsync("LabourRemuneration");
        await page.Locator("#Input_Claims_0__Amount").FillAsync("8800");
        await page.Locator("#Input_EconomicHardshipStated").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理申请" }).ClickAsync();

        Assert.EndsWith("/LegalAid/New", page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty((await page.Locator("span[data-valmsg-for='Input.Phone']").InnerTextAsync()).Trim());
        Assert.Equal(worker, await page.Locator("#Input_ApplicantName").InputValueAsync());

        await page.Locator("#Input_Phone").FillAsync(fake.MobileNumber());
        await page.GetByRole(AriaRole.Button, new() { Name = "受理申请" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/LegalAid/Application/[0-9a-f-]{36}$"));
        var applicationUrl = page.Url;
        Assert.Matches(LinkageNumber(), (await page.Locator("h1 .mono").InnerTextAsync()).Trim());
        Assert.Contains("符合条件", await page.Locator("#eligibility").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Materials_MissingMaterials").FillAsync("劳动合同或者工资条\n考勤记录");
        await page.Locator("#Materials_SupplementDueOn").FillAsync((fixture.Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "一次性告知补充材料" }).ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        Assert.Equal("待补充材料", (await page.Locator("#application-status").InnerTextAsync()).Trim());

        await page.GotoAsync(await page.Locator("#materials-notice-document").GetAttributeAsync("href") ?? string.Empty);
        Assert.Contains("补充材料一次性告知书", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("考勤记录", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(applicationUrl);

        await page.GetByRole(AriaRole.Button, new() { Name = "申请人已补充材料" }).ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        await page.Locator("#Grant_Reasons").FillAsync("进城务工人员请求支付劳动报酬，免予核查经济困难状况。");
        await page.GetByRole(AriaRole.Button, new() { Name = "给予法律援助" }).ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        Assert.Equal("已给予法律援助", (await page.Locator("#application-status").InnerTextAsync()).Trim());

        await page.Locator("#assignment input[type=radio]").First.CheckAsync();
        await page.Locator("#assign").ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        Assert.NotEmpty((await page.Locator("#assigned-lawyer").InnerTextAsync()).Trim());

        await page.Locator("#Closure_Summary").FillAsync("仲裁调解结案");
        await page.Locator("#close").ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        await page.Locator("#Closure_ArchiveNumber").FillAsync("FY-2026-0777");
        await page.Locator("#archive").ClickAsync();
        await page.WaitForURLAsync(applicationUrl);
        await page.Locator("#Closure_Score").SelectOptionAsync("4");
        await page.Locator("#follow-up").ClickAsync();
        await page.WaitForURLAsync(applicationUrl);

        Assert.Equal("已结案", (await page.Locator("#application-status").InnerTextAsync()).Trim());
        Assert.StartsWith("4分", (await page.Locator("#satisfaction").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Contains("FY-2026-0777", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("legalaid-walk.png"), FullPage = true });

        await page.GotoAsync("/LegalAid/Statistics");
        await page.Locator("#statistics-chart[data-rendered='true']").WaitForAsync();
        Assert.Contains("当日审查率", await page.Locator("table.statistics").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_worker_applies_online_without_signing_in_and_the_reviewer_finds_it_in_the_queue()
    {
        var fake = new FakeIdentity(7402);
        var worker = fake.PersonName();
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "网上申请法律援助" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/LegalAid/Apply$"));
        Assert.Contains("本地配置", await page.Locator("#hardship-standard").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#Input_ApplicantName").FillAsync(worker);
        await page.Locator("#Input_ResidentIdNumber").FillAsync(fake.ResidentIdNumber());
        await page.Locator("#Input_Phone").FillAsync(fake.MobileNumber());
        await page.Locator("#Input_IsMigrantWorker").CheckAsync();
        await page.Locator("#Input_EmployerName").FillAsync(fake.EmployerName());
        await page.Locator("#Input_Claims_0__Kind").SelectOptionAsync("LabourRemuneration");
        await page.Locator("#Input_Claims_0__Amount").FillAsync("6600");
        await page.Locator("#Input_MatterDescription").FillAsync("两个月工资未发，多次催要未果。");
        await page.Locator("#Input_EconomicHardshipStated").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        // Without consent: refused at the consent field, the form keeps what was typed.
        Assert.EndsWith("/LegalAid/Apply", page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty((await page.Locator("span[data-valmsg-for='Input.ConsentGiven']").InnerTextAsync()).Trim());
        Assert.Equal(worker, await page.Locator("#Input_ApplicantName").InputValueAsync());

        await page.Locator("#Input_ConsentGiven").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/LegalAid/Apply/Receipt$"));
        var linkageNumber = (await page.Locator("#receipt-linkage-number").InnerTextAsync()).Trim();
        Assert.Matches(LinkageNumber(), linkageNumber);
        Assert.DoesNotContain(worker, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("legalaid-online-receipt.png"), FullPage = true });

        var reviewer = await fixture.SignedInPageAsync("legalaid");
        await reviewer.GotoAsync("/LegalAid");
        await reviewer.Locator("tr", new() { HasText = linkageNumber }).GetByRole(AriaRole.Link).ClickAsync();
        await reviewer.WaitForURLAsync(new Regex("/LegalAid/Application/[0-9a-f-]{36}$"));
        Assert.StartsWith("网上申请", (await reviewer.Locator("#channel").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Contains("两个月工资未发", await reviewer.Locator("#matter-description").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("本地配置", await reviewer.Locator("#hardship-standard").InnerTextAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^360100-FY-\d{4}-\d{6}$")]
    private static partial Regex LinkageNumber();
}
