using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Modules.Union.Persistence;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// The daily rhythm check tells administrators once when the year's annual consultation is not scheduled by the
/// configured date and when a joint meeting is due and not scheduled; coordination requests land in their queue.
/// </summary>
public sealed class MeetingRhythmAndRequestTests
{
    private static readonly Dictionary<string, string?> ByMarch5 = new() { ["Union:Meetings:AnnualConsultationBy"] = "03-05" };

    [Fact]
    public async Task Administrators_are_told_once_when_the_annual_consultation_is_not_scheduled_by_the_date()
    {
        await using var platform = await PlatformWithNeighbourAsync(ByMarch5);

        await platform.AtAsync(Local(3, 4, 9, 0));
        Assert.Empty(await platform.NotificationsAsync("2026年度交流会商会尚未安排"));

        await platform.AtAsync(Local(3, 5, 8, 59));
        Assert.Empty(await platform.NotificationsAsync("2026年度交流会商会尚未安排"));
        await platform.AtAsync(Local(3, 5, 9, 0));
        await platform.AtAsync(Local(3, 6, 9, 0));
        await platform.AtAsync(Local(3, 7, 9, 0));

        var reminder = Assert.Single(await platform.NotificationsAsync("2026年度交流会商会尚未安排"));
        Assert.Equal([PlatformRoles.Administrator], reminder.Roles);
        Assert.Contains("3月5日前", reminder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_reminder_when_the_annual_consultation_is_scheduled_in_time()
    {
        await using var platform = await PlatformWithNeighbourAsync(ByMarch5);
        await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 4, 20), kind: MeetingKind.AnnualConsultation, title: null));

        await platform.AtAsync(Local(3, 5, 9, 0));
        await platform.AtAsync(Local(3, 6, 9, 0));

        Assert.Empty(await platform.NotificationsAsync("2026年度交流会商会尚未安排"));
    }

    [Fact]
    public async Task A_joint_meeting_due_by_the_rhythm_is_announced_once_per_due_date_and_not_while_one_is_scheduled()
    {
        await using var platform = await PlatformWithNeighbourAsync(new Dictionary<string, string?>
        {
            ["Union:Meetings:JointMeetingIntervalMonths"] = "1",
            ["Union:Meetings:JointMeetingLeadDays"] = "7",
        });
        await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 4)));

        // While a joint meeting is ahead, nothing; after it, the next is due 04-04, announced from 03-28.
        await platform.AtAsync(Local(3, 3, 9, 0));
        await platform.AtAsync(Local(3, 27, 9, 0));
        Assert.Empty(await platform.NotificationsAsync("政府与工会联席会议待安排"));
        await platform.AtAsync(Local(3, 28, 9, 0));
        await platform.AtAsync(Local(3, 29, 9, 0));
        await platform.AtAsync(Local(3, 30, 9, 0));

        var due = Assert.Single(await platform.NotificationsAsync("政府与工会联席会议待安排"));
        Assert.Contains("2026年4月4日前", due.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_daily_check_is_one_pending_piece_of_work_however_often_the_service_starts()
    {
        await using var platform = await PlatformWithNeighbourAsync(ByMarch5);
        await platform.InitializeModulesAsync();
        await platform.InitializeModulesAsync();

        // 03-05 09:00 is one run; three starts must not make it three.
        Assert.Equal(1, await platform.AtAsync(Local(3, 3, 9, 0)));
        await platform.AtAsync(Local(3, 5, 9, 0));
        Assert.Single(await platform.NotificationsAsync("2026年度交流会商会尚未安排"));
    }

    [Fact]
    public async Task A_coordination_request_from_another_module_lands_in_the_queue_once_and_feeds_the_agenda()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var requestId = Guid.NewGuid();
        var request = new CoordinationMeetingRequestedIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), "360100-YP-2026-000007", requestId, "Sample", "示例机构",
            "某建筑公司拖欠农民工工资", "涉及人数多，需监察、仲裁、工会共同研究", ["360100-YP-2026-000007"], "李娜");
        await platform.PublishIntoAsync<UnionDbContext>(request);
        await platform.PublishIntoAsync<UnionDbContext>(request with { EventId = Guid.NewGuid() });
        await platform.DeliverMessagesAsync();

        var queued = Assert.Single(await platform.SendAsync(new ListMeetingRequestsQuery(OpenOnly: true)));
        Assert.Equal((requestId, "示例机构", MeetingRequestStatus.Open), (queued.Id, queued.RequestingAgency, queued.Status));
        Assert.Equal([PlatformRoles.Administrator], Assert.Single(await platform.NotificationsAsync("专题协调会申请")).Roles);

        var meeting = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 10), kind: MeetingKind.CoordinationMeeting, title: "专题协调会") with { RequestIds = [requestId] });
        var agenda = Assert.Single((await platform.SendAsync(new GetMeetingQuery(meeting.Id))).Agenda);
        Assert.Equal("某建筑公司拖欠农民工工资（示例机构提请；涉及 360100-YP-2026-000007）", agenda.Title);
        Assert.Empty(await platform.SendAsync(new ListMeetingRequestsQuery(OpenOnly: true)));

        var taken = await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 11), kind: MeetingKind.CoordinationMeeting, title: "再次") with { RequestIds = [requestId] }));
        Assert.Equal("union.request-handled", taken.Code);

        // Cancelling the meeting puts the request back in the queue.
        await platform.AsAdministratorAsync(new CancelMeetingCommand(meeting.Id, "时间冲突"));
        Assert.Single(await platform.SendAsync(new ListMeetingRequestsQuery(OpenOnly: true)));
    }

    [Fact]
    public async Task Staff_of_an_agency_request_a_meeting_in_their_agencys_name_and_hear_if_it_is_declined()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        platform.User.ActAs("sample", "SampleClerk");
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RequestCoordinationMeetingCommand("", "理由", ["not-a-number"])));
        Assert.Contains("subject", invalid.Errors.Keys);
        Assert.Contains("linkedMatters[0]", invalid.Errors.Keys);

        var id = await platform.SendAsync(new RequestCoordinationMeetingCommand("平台企业算法规则协商", "骑手集中反映派单规则", []));
        var queued = Assert.Single(await platform.SendAsync(new ListMeetingRequestsQuery()));
        Assert.Equal((id, "示例机构"), (queued.Id, queued.RequestingAgency));

        platform.User.ActAs("admin", PlatformRoles.Administrator);
        var notAgency = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RequestCoordinationMeetingCommand("议题", "理由", null)));
        Assert.Equal("union.requester-not-agency", notAgency.Code);

        await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DeclineMeetingRequestCommand(id, "")));
        await platform.SendAsync(new DeclineMeetingRequestCommand(id, "已纳入联席会议议程"));
        Assert.Equal(["SampleClerk"], Assert.Single(await platform.NotificationsAsync("专题协调会申请未安排")).Roles);
        Assert.Equal(MeetingRequestStatus.Declined, Assert.Single(await platform.SendAsync(new ListMeetingRequestsQuery())).Status);
    }
}
