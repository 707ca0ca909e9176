using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;

namespace Monolith.BrowserTests;

/// <summary>
/// A clerk takes a case from application to award through the pages, in a real browser: registers with the limitation
/// facts, accepts, issues the one-time notice with the first hearing, records service, awards, and prints the award.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ArbitrationWalkTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Clerk_takes_a_case_from_application_to_award()
    {
        var fake = new FakeIdentity(7401);
        var clerk = await fixture.SignedInPageAsync("arbitration");
        await clerk.GotoAsync("/Arbitration/Register");
        await clerk.Locator("#Input_ApplicantName").FillAsync(fake.PersonName());
        await clerk.Locator("#Input_ResidentIdNumber").FillAsync(fake.ResidentIdNumber());
        await clerk.Locator("#Input_Phone").FillAsync(fake.MobileNumber());
        await clerk.Locator("#Input_RespondentName").FillAsync(fake.EmployerName());
        await clerk.Locator("#Input_CreditCode").FillAsync(fake.CreditCode());
        await clerk.Locator("#Input_WorkerCount").FillAsync("12");
        await clerk.Locator("#Input_Claims_0__Type").SelectOptionAsync("UnpaidWages");
        await clerk.Locator("#Input_Claims_0__Amount").FillAsync("12800.50");
        await clerk.Locator("#Input_Claims_1__Type").SelectOptionAsync("SocialInsurance");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(ApplicationUrl());
        var applicationUrl = clerk.Url;

        Assert.Contains("集体劳动争议", await clerk.Locator("#collective").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("不受一年时效限制", await clerk.Locator("#limitation").InnerTextAsync(), StringComparison.Ordinal);

        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理并立案" }).ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Matches(CaseNumber(), (await clerk.Locator("#case-number").InnerTextAsync()).Trim());

        // The one-time notice fixes the first hearing, three weeks ahead on a weekday.
        var hearing = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(21);
        while (hearing.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            hearing = hearing.AddDays(1);
        }

        await clerk.Locator("#Notice_Arbitrators").FillAsync("首席仲裁员 甲；仲裁员 乙、丙");
        await clerk.Locator("#Notice_DefenceDueDate").FillAsync(Iso(hearing.AddDays(-10)));
        await clerk.Locator("#Notice_EvidenceDueDate").FillAsync(Iso(hearing.AddDays(-5)));
        await clerk.Locator("#Notice_HearingDate").FillAsync(Iso(hearing));
        await clerk.Locator("#Notice_HearingTime").FillAsync("14:30");
        await clerk.Locator("#Notice_HearingPlace").FillAsync("第二仲裁庭");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "发出一次性告知" }).ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Contains("第二仲裁庭", await clerk.Locator("#hearings").InnerTextAsync(), StringComparison.Ordinal);

        // The hearing notice reached the parties today: its deadline (开庭五日前) is met.
        await clerk.Locator("#notice-served-1 button").ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Contains("已送达", await clerk.Locator("#hearing-notice-1").InnerTextAsync(), StringComparison.Ordinal);

        await clerk.Locator("#service-submit").ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Contains("收到答辩书", await clerk.Locator("#service-submit").InnerTextAsync(), StringComparison.Ordinal);

        // The award without reasons is refused on the field; with them, the case is closed as a final award.
        await clerk.Locator("#award-submit").ClickAsync();
        Assert.False(string.IsNullOrWhiteSpace(await clerk.Locator("span[data-valmsg-for='Award.Reasoning']").InnerTextAsync()));
        await clerk.Locator("#Award_Reasoning").FillAsync("用人单位拖欠工资事实清楚，且未依法缴纳社会保险。");
        await clerk.Locator("#award-submit").ClickAsync();
        await clerk.WaitForURLAsync(applicationUrl);
        Assert.Equal("已裁决结案", (await clerk.Locator("#application-status").InnerTextAsync()).Trim());
        Assert.Equal("终局裁决", (await clerk.Locator("#award-class-1").InnerTextAsync()).Trim());

        await clerk.Locator("#award-document-1").ClickAsync();
        await clerk.WaitForURLAsync(new Regex("/Arbitration/Document/[0-9a-f-]{36}/award-1$"));
        Assert.Contains("仲裁裁决书", await clerk.ContentAsync(), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("arbitration-award.png"), FullPage = true });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/Arbitration/Application/[0-9a-f-]{36}$")]
    private static partial Regex ApplicationUrl();

    [GeneratedRegex(@"^洪劳人仲案字〔\d{4}〕\d+号$")]
    private static partial Regex CaseNumber();
}
