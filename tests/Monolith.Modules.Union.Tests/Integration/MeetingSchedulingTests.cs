using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features;
using Monolith.Modules.Union.Features.Meetings;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>Scheduling by administrators: the rules, the agenda it starts with, and the calendar's warnings.</summary>
public sealed class MeetingSchedulingTests
{
    [Fact]
    public async Task The_annual_consultation_gets_the_topics_of_article_2_and_only_one_a_year()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 4, 15), kind: MeetingKind.AnnualConsultation, title: null));

        var details = await platform.SendAsync(new GetMeetingQuery(scheduled.Id));
        Assert.Equal("2026年度交流会商会", details.Meeting.Title);
        Assert.Equal(MeetingNames.AnnualConsultationTopics, details.Agenda.Select(a => a.Title));
        Assert.Equal("劳动争议处理", details.Agenda[^1].Title);

        var second = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 11, 2), kind: MeetingKind.AnnualConsultation, title: null)));
        Assert.Equal("union.annual-consultation-exists", second.Code);

        // Once cancelled, the year's consultation can be scheduled again.
        await platform.AsAdministratorAsync(new CancelMeetingCommand(scheduled.Id, "改期另行通知"));
        await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 11, 2), kind: MeetingKind.AnnualConsultation, title: null));
    }

    [Fact]
    public async Task Bad_input_names_each_field_and_writes_nothing()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var bad = Meeting(new DateOnly(2026, 3, 1), start: "11:00", end: "10:00") with
        {
            Agencies = ["Union", "Nowhere"],
            Place = null,
            OnlineLink = "ftp://example",
            Participants = [new("Elsewhere", "", null), new("Union", "王伟", "Bad Name")],
        };

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.AsAdministratorAsync(bad));

        Assert.Contains("date", invalid.Errors.Keys);
        Assert.Contains("endTime", invalid.Errors.Keys);
        Assert.Contains("onlineLink", invalid.Errors.Keys);
        Assert.Contains("agencies[1]", invalid.Errors.Keys);
        Assert.Contains("participants[0].name", invalid.Errors.Keys);
        Assert.Contains("participants[0]", invalid.Errors.Keys);
        Assert.Contains("participants[1].userName", invalid.Errors.Keys);
        Assert.Empty(await platform.SendAsync(new ListMeetingsQuery(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1))));
        Assert.Empty(await platform.NotificationsAsync());
    }

    [Fact]
    public async Task A_place_or_an_online_link_is_required()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20)) with { Place = " " }));
        Assert.Equal(["请填写会议地点或线上会议链接。"], invalid.Errors["place"]);

        var online = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20)) with { Place = null, OnlineLink = "https://meeting.example.invalid/j/123" });
        Assert.Contains("线上：https://meeting.example.invalid/j/123", (await platform.SendAsync(new GetMeetingQuery(online.Id))).Meeting.Where, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_flags_a_holiday_and_a_participant_who_already_has_a_meeting_then()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20), "09:00", "11:00", title: "专题协调会：某物流公司欠薪"));

        var clash = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20), "10:30", "12:00", title: "三方会议",
            participants: [new("Sample", "李娜", "sample"), new("Union", "赵敏", null)]));
        var warning = Assert.Single(clash.Warnings);
        Assert.Contains("李娜（示例机构）同时段已有会议：专题协调会：某物流公司欠薪", warning, StringComparison.Ordinal);

        var holiday = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 5, 1), title: "五一座谈"));
        Assert.Contains(holiday.Warnings, w => w.Contains("2026-05-01 是星期五，法定休假日（劳动节）", StringComparison.Ordinal));

        var weekend = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 21), title: "周六会议"));
        Assert.Contains(weekend.Warnings, w => w.Contains("休息日（周末）", StringComparison.Ordinal));

        var adjacent = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20), "12:00", "13:00", title: "紧接着的会议"));
        Assert.Empty(adjacent.Warnings);
    }

    [Fact]
    public async Task A_meeting_cannot_start_in_the_past_nor_be_cancelled_once_begun()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var past = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 2), "08:00", "08:30")));
        Assert.Equal("union.meeting-in-past", past.Code);

        var scheduled = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 4)));
        platform.Clock.SetUtcNow(Local(3, 4, 10, 5).ToUniversalTime());
        var begun = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(new CancelMeetingCommand(scheduled.Id, "临时有事")));
        Assert.Equal("union.meeting-begun", begun.Code);
    }

    [Fact]
    public async Task The_invitation_reaches_the_participants_inbox_with_its_calendar_file()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 20)));

        var invitation = Assert.Single(await platform.NotificationsAsync("会议通知"));
        Assert.Equal("Union", invitation.RequestedBy);
        Assert.Equal("/Union/My/Meetings", invitation.Link);
        Assert.Contains("2026年3月20日 10:00—12:00", invitation.Body, StringComparison.Ordinal);
        Assert.Equal("text/calendar", invitation.Attachment!.ContentType);
        Assert.Contains($"UID:{scheduled.Id:N}@", invitation.Attachment.Content, StringComparison.Ordinal);

        var published = Assert.Single(await platform.EventsAsync<MeetingScheduledIntegrationEvent>());
        Assert.Equal(["Union", "Sample"], published.ParticipatingModules);
        Assert.Equal(MeetingKind.JointMeeting, published.Kind);
    }
}
