using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Monolith.BrowserTests;

/// <summary>
/// A supervision officer registers a 检察建议书 (an invalid form first), sees its reply period, records the reply and the
/// rectification, opens the printable letter, and sees the risk ledger's and the statistics' charts drawn.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisionWalkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Officer_registers_a_procuratorial_suggestion_records_the_reply_and_prints_it()
    {
        var page = await fixture.SignedInPageAsync("supervision");
        await page.GotoAsync("/Supervision/Letters");

        await page.Locator("#Register_Number").FillAsync("洪检民建〔2026〕9号");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记文书" }).ClickAsync();
        Assert.Contains("不能为空", await page.Locator("span[data-valmsg-for='Register.IssuerAgency']").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#Register_IssuerAgency").FillAsync("南昌市人民检察院");
        await page.Locator("#Register_RecipientName").FillAsync("南昌市人力资源和社会保障局");
        await page.Locator("#Register_Findings").FillAsync("辖区建筑工地欠薪问题反复发生。");
        await page.Locator("#Register_LegalBasis").FillAsync("《人民检察院检察建议工作规定》");
        await page.Locator("#Register_Requests").FillAsync("加强工资保证金管理。");
        await BrowserFixture.WaitForUrlOrExplainAsync(
            page, new Regex("/Supervision/Letters/[0-9a-f-]{36}$"), () => page.GetByRole(AriaRole.Button, new() { Name = "登记文书" }).ClickAsync());
        Assert.Contains("已登记文书", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("被建议单位办理检察建议并书面回复", await page.Locator("#reply-due").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#ReplyForm_RepliedOn").FillAsync((fixture.Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#ReplyForm_Reply").FillAsync("已开展专项检查。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记回复" }).ClickAsync();
        Assert.Contains("已回复，待整改", await page.Locator("#letter-status").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#RectificationForm_Evidence").FillAsync("追回工资120万元，附检查报告。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记整改情况" }).ClickAsync();
        Assert.Contains("已整改", await page.Locator("#letter-status").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#print-letter").ClickAsync();
        await page.WaitForURLAsync(new Regex("/document$"));
        Assert.Contains("检察建议书", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("洪检民建〔2026〕9号", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/Supervision/Risk");
        await page.Locator("#district-chart[data-rendered='true']").WaitForAsync();
        await page.Locator("#trend-chart[data-rendered='true']").WaitForAsync();
        await page.GotoAsync("/Supervision/Oversight/Statistics");
        await page.Locator("#oversight-chart[data-rendered='true']").WaitForAsync();
    }
}
