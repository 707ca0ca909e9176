using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Monolith.BuildingBlocks.Demo;
using Monolith.Testing;

namespace Monolith.BrowserTests;

/// <summary>
/// The meetings through the pages, on a fake clock: an administrator schedules the annual consultation; a participant
/// sees the invitation and the reminder in 我的提醒 and downloads the calendar file; after the meeting the
/// administrator publishes minutes with an action item; the owning agency completes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class MeetingWalkTests(ClockedBrowserFixture fixture) : IClassFixture<ClockedBrowserFixture>
{
    private static readonly TimeSpan RelayTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Administrator_schedules_participant_is_reminded_minutes_are_published_and_the_owner_completes_its_item()
    {
        // The administrator schedules this year's annual consultation for Thursday 03-05, first forgetting the date.
        var admin = await SignInAsync("admin");
        await admin.GotoAsync("/Union/Meetings/Schedule");
        await admin.Locator("#Input_Kind").SelectOptionAsync("AnnualConsultation");
        await admin.Locator("#Input_StartTime").FillAsync("09:00");
        await admin.Locator("#Input_EndTime").FillAsync("11:30");
        await admin.Locator("#Input_Place").FillAsync("市总工会一楼报告厅");
        await admin.Locator("input[name='Input.Agencies'][value='Inspection']").CheckAsync();
        await admin.Locator("input[name='Input.Agencies'][value='Union']").CheckAsync();
        await admin.Locator("#Input_Participants_0__Agency").SelectOptionAsync("Inspection");
        await admin.Locator("#Input_Participants_0__Name").FillAsync("张伟");
        await admin.Locator("#Input_Participants_0__UserName").FillAsync("inspection");
        await admin.GetByRole(AriaRole.Button, new() { Name = "安排会议并发出通知" }).ClickAsync();
        Assert.Contains("会议日期", await admin.Locator("span[data-valmsg-for='Input.Date']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("张伟", await admin.Locator("#Input_Participants_0__Name").InputValueAsync());

        await admin.Locator("#Input_Date").FillAsync("2026-03-05");
        await admin.GetByRole(AriaRole.Button, new() { Name = "安排会议并发出通知" }).ClickAsync();
        await admin.WaitForURLAsync(MeetingUrl());
        var meetingUrl = admin.Url;
        Assert.Equal("2026年度交流会商会", (await admin.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Contains("劳动就业", await admin.Locator("#agenda").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("劳动争议处理", await admin.Locator("#agenda").InnerTextAsync(), StringComparison.Ordinal);
        await admin.GotoAsync("/Union/Meetings");
        Assert.Contains("2026年度交流会商会", await admin.Locator("td[data-date='2026-03-05']").InnerTextAsync(), StringComparison.Ordinal);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("meetings", "calendar.png"), FullPage = true });

        // The participant sees the invitation in the header and in 我的提醒.
        var inspector = await SignInAsync("inspection");
        await Eventually.MatchAsync(
            async () =>
            {
                await inspector.GotoAsync("/Inbox");
                return await inspector.Locator("main").InnerTextAsync();
            },
            text => text.Contains("会议通知：2026年度交流会商会", StringComparison.Ordinal),
            RelayTimeout,
            "the invitation reaches the participant's inbox");
        Assert.Equal("1", (await inspector.Locator("#inbox-count").InnerTextAsync()).Trim());

        // The day before at 09:00 the one-day reminder is due; Hangfire's work is run by the fake clock.
        fixture.Clock!.SetUtcNow(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)));
        await DueWork.RunScheduledAsync(fixture.Services);
        inspector = await SignInAsync("inspection");
        await Eventually.MatchAsync(
            async () =>
            {
                await inspector.GotoAsync("/Inbox");
                return await inspector.Locator("main").InnerTextAsync();
            },
            text => text.Contains("会议提醒：2026年度交流会商会", StringComparison.Ordinal),
            RelayTimeout,
            "the reminder reaches the participant's inbox");
        await inspector.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("meetings", "inbox.png"), FullPage = true });

        // The invitation downloads as a calendar file.
        await inspector.GotoAsync("/Union/My/Meetings");
        var download = await inspector.RunAndWaitForDownloadAsync(() => inspector.GetByRole(AriaRole.Link, new() { Name = "下载日历邀请（.ics）" }).ClickAsync());
        var file = await download.PathAsync();
        var ics = await File.ReadAllTextAsync(file!);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20260305T090000", ics, StringComparison.Ordinal);
        Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);

        // After the meeting the administrator writes and publishes the minutes with one action item for inspection.
        fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.FromHours(8)));
        admin = await SignInAsync("admin");
        await admin.GotoAsync(meetingUrl);
        await admin.Locator("#Minutes_Attendance").FillAsync("市人社局劳动保障监察支队 张伟；市总工会 王芳");
        await admin.Locator("#Minutes_Summary").FillAsync("会议就劳动就业、收入分配等问题进行了会商。");
        await admin.Locator("#Minutes_Decisions_0__Text").FillAsync("开展建筑领域欠薪专项检查");
        await admin.Locator("#Minutes_Decisions_0__OwnerAgency").SelectOptionAsync("Inspection");
        await admin.Locator("#Minutes_Decisions_0__AssigneeName").FillAsync("张伟");
        await admin.Locator("#Minutes_Decisions_0__DueDate").FillAsync("2026-03-20");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存会议纪要" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "印发会议纪要" }).ClickAsync();
        await admin.WaitForLoadStateAsync();
        Assert.Equal("纪要已印发", (await admin.Locator("#meeting-status").InnerTextAsync()).Trim());
        Assert.Contains("开展建筑领域欠薪专项检查", await admin.Locator("#action-items").InnerTextAsync(), StringComparison.Ordinal);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("meetings", "meeting.png"), FullPage = true });
        var minutesUrl = meetingUrl.Replace("/Union/Meetings/Meeting/", "/Union/My/Minutes/", StringComparison.Ordinal);

        // The owning agency completes its item.
        inspector = await SignInAsync("inspection");
        await inspector.GotoAsync("/Union/My/ActionItems");
        var form = inspector.Locator("form.progress-form");
        await form.Locator("textarea").FillAsync("已检查12个工地，督促补发工资");
        await form.GetByLabel("已办结").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await inspector.WaitForLoadStateAsync();
        Assert.Contains("已办结", await inspector.Locator("table.action-items").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await inspector.Locator("form.progress-form").CountAsync());

        await inspector.GotoAsync(minutesUrl);
        Assert.Contains("2026年度交流会商会 会议纪要", await inspector.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("承办单位：", await inspector.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await inspector.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("meetings", "minutes.png"), FullPage = true });
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

    [GeneratedRegex("/Union/Meetings/Meeting/[0-9a-f-]{36}$")]
    private static partial Regex MeetingUrl();
}
