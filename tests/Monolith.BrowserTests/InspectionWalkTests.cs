using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;

namespace Monolith.BrowserTests;

/// <summary>
/// 劳动保障监察 through the pages, in a real browser: the officer registers a wage complaint, accepts and files it,
/// orders payment, records that the employer paid, closes the case with the wages recovered, and prints the notices.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InspectionWalkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Officer_takes_a_complaint_from_intake_to_closure_and_prints_its_notices()
    {
        var fake = new FakeIdentity(7401);
        var worker = fake.PersonName();
        var employer = fake.EmployerName();
        var page = await fixture.SignedInPageAsync("inspection");

        await page.GotoAsync("/Inspection/Intake");
        await page.Locator("#Input_Workers_0__Name").FillAsync(worker);
        await page.Locator("#Input_Workers_0__ResidentIdNumber").FillAsync(fake.ResidentIdNumber());
        await page.Locator("#Input_Workers_0__Phone").FillAsync(fake.MobileNumber());
        await page.Locator("#Input_EmployerName").FillAsync(employer);
        await page.Locator("#Input_CreditCode").FillAsync(fake.CreditCode());
        await page.Locator("#Input_DivisionCode").SelectOptionAsync("360102");
        await page.Locator("#Input_AmountInvolved").FillAsync("8800");
        await page.Locator("#Input_ViolationStartedOn").FillAsync("2026-01-01");
        await page.Locator("#Input_ViolationContinuing").CheckAsync();
        await page.Locator("#Input_Facts").FillAsync("2026年1月起工资未发放");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(CaseUrl());
        var caseUrl = page.Url;
        var linkageNumber = (await page.Locator("h1 .mono").InnerTextAsync()).Trim();
        Assert.Matches(LinkageNumberPattern(), linkageNumber);
        Assert.Equal("待受理", (await page.Locator("#case-status").InnerTextAsync()).Trim());
        Assert.Contains("受理投诉", await page.Locator("#deadlines").InnerTextAsync(), StringComparison.Ordinal);

        // The queue lists it.
        await page.GotoAsync($"/Inspection?Employer={Uri.EscapeDataString(employer)}");
        Assert.Contains(linkageNumber, await page.Locator("table.cases tbody").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync(caseUrl);

        await page.GetByLabel("属于劳动保障监察事项").CheckAsync();
        await page.GetByLabel("属于本机关管辖").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await page.WaitForURLAsync(caseUrl);
        Assert.Equal("立案调查中", (await page.Locator("#case-status").InnerTextAsync()).Trim());

        // An order without its requirements is refused at the field; then issued.
        await page.Locator("#Order_Amount").FillAsync("8800");
        await page.Locator("#Order_PeriodDays").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "制作责令改正通知书" }).ClickAsync();
        Assert.NotEqual(string.Empty, (await page.Locator("span[data-valmsg-for='Order.Requirements']").InnerTextAsync()).Trim());
        await page.Locator("#Order_Requirements").FillAsync("支付拖欠的工资");
        await page.GetByRole(AriaRole.Button, new() { Name = "制作责令改正通知书" }).ClickAsync();
        await page.WaitForURLAsync(caseUrl);
        Assert.Contains("履行期限内", await page.Locator("#orders").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#orders input[name='Compliance.AmountPaid']").FillAsync("8800");
        await page.Locator("#orders input[name='Compliance.Note']").FillAsync("已全额支付");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录履行" }).ClickAsync();
        await page.WaitForURLAsync(caseUrl);
        Assert.Contains("已履行", await page.Locator("#orders").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Close_Outcome").SelectOptionAsync("WagesRecovered");
        await page.Locator("#Close_WagesRecovered").FillAsync("8800");
        await page.Locator("#Close_WorkersCovered").FillAsync("1");
        await page.Locator("#Close_Summary").FillAsync("用人单位已全额支付拖欠工资");
        await page.GetByRole(AriaRole.Button, new() { Name = "结案", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(caseUrl);
        Assert.Equal("已结案", (await page.Locator("#case-status").InnerTextAsync()).Trim());
        Assert.Contains("8,800.00", await page.Locator("#closure").InnerTextAsync(), StringComparison.Ordinal);

        // The notices: the printable acceptance notice, and a Word file of the order.
        var documents = page.Locator("#documents");
        Assert.Contains("受理告知书", await documents.InnerTextAsync(), StringComparison.Ordinal);
        var printHref = await documents.GetByRole(AriaRole.Link, new() { Name = "打印" }).First.GetAttributeAsync("href");
        await page.GotoAsync(printHref!);
        Assert.Contains("劳动保障监察投诉受理告知书", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains(worker, await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(caseUrl);
        var download = await page.RunAndWaitForDownloadAsync(() => documents.GetByRole(AriaRole.Link, new() { Name = "下载Word" }).Last.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("/Inspection/Case/[0-9a-f-]{36}$")]
    private static partial Regex CaseUrl();

    [GeneratedRegex(@"^\d{6}-JC-\d{4}-\d{6}$")]
    private static partial Regex LinkageNumberPattern();
}
