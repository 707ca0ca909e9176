using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Testing;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// Minutes after the meeting, published and copied to the units concerned; decisions with an owner become action items
/// that the owning agency's staff progress and complete, that are reminded before their due date, reported to
/// supervision once missed, and that open the next meeting's agenda while open.
/// </summary>
public sealed class MinutesAndActionItemTests
{
    private static readonly DateOnly MeetingDay = new(2026, 3, 4);

    [Fact]
    public async Task Publishing_minutes_copies_them_to_the_units_and_assigns_the_action_items()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var meetingId = await HeldMeetingAsync(platform);

        var itemIds = await platform.AsAdministratorAsync(new PublishMinutesCommand(meetingId));

        var itemId = Assert.Single(itemIds);
        var minutes = Assert.Single(await platform.EventsAsync<MeetingMinutesPublishedIntegrationEvent>());
        Assert.Equal(["Union", "Sample"], minutes.CopyTo);
        Assert.Equal(2, minutes.Decisions.Count);
        var assigned = Assert.Single(await platform.EventsAsync<ActionItemAssignedIntegrationEvent>());
        Assert.Equal((itemId, "Sample", "李娜", new DateOnly(2026, 3, 31)), (assigned.ActionItemId, assigned.Recipient, assigned.AssigneeName, assigned.DueDate));
        var copied = Assert.Single(await platform.NotificationsAsync("会议纪要"));
        Assert.Contains("SampleClerk", copied.Roles);
        Assert.Equal(["SampleClerk"], Assert.Single(await platform.NotificationsAsync("会议决定事项：")).Roles);

        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(new PublishMinutesCommand(meetingId)));
        Assert.Equal("union.minutes-published", again.Code);
    }

    [Fact]
    public async Task Minutes_cannot_be_written_before_the_meeting_begins_and_an_owned_decision_needs_a_person_and_a_due_date()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(MeetingDay));
        var early = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(Minutes(scheduled.Id)));
        Assert.Equal("union.meeting-not-begun", early.Code);

        platform.Clock.SetUtcNow(Local(3, 4, 12, 0).ToUniversalTime());
        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.AsAdministratorAsync(
            new SaveMinutesCommand(scheduled.Id, "", "摘要", [new("督促整改", "Sample", null, null), new("另案", "Nowhere", "张三", MeetingDay), new("无主", null, "张三", null)])));
        Assert.Contains("attendance", invalid.Errors.Keys);
        Assert.Contains("decisions[0].assigneeName", invalid.Errors.Keys);
        Assert.Contains("decisions[0].dueDate", invalid.Errors.Keys);
        Assert.Contains("decisions[1].ownerAgency", invalid.Errors.Keys);
        Assert.Contains("decisions[2].ownerAgency", invalid.Errors.Keys);

        var beforeMeeting = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(
            new SaveMinutesCommand(scheduled.Id, "出席", "摘要", [new("督促整改", "Sample", "李娜", new DateOnly(2026, 3, 3))])));
        Assert.Equal("union.due-before-meeting", beforeMeeting.Code);

        var unsaved = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.AsAdministratorAsync(new PublishMinutesCommand(scheduled.Id)));
        Assert.Equal("union.minutes-missing", unsaved.Code);
    }

    [Fact]
    public async Task Only_the_owning_agency_records_progress_and_completion()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var itemId = Assert.Single(await platform.AsAdministratorAsync(new PublishMinutesCommand(await HeldMeetingAsync(platform))));

        var notOwner = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordActionItemProgressCommand(itemId, "已了解", false)));
        Assert.Equal("union.not-owner", notOwner.Code);

        platform.User.ActAs("sample", "SampleClerk");
        Assert.Equal(itemId, Assert.Single(await platform.SendAsync(new ListActionItemsQuery(OpenOnly: true))).Id);
        await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new RecordActionItemProgressCommand(itemId, " ", false)));
        await platform.SendAsync(new RecordActionItemProgressCommand(itemId, "已约谈企业负责人", false));
        await platform.SendAsync(new RecordActionItemProgressCommand(itemId, "企业已补发全部工资", true));

        var done = Assert.Single(await platform.SendAsync(new ListActionItemsQuery()));
        Assert.Equal(ActionItemStatus.Completed, done.Status);
        Assert.Equal(["已约谈企业负责人", "企业已补发全部工资"], done.Progress.Select(p => p.Note));
        var completed = Assert.Single(await platform.EventsAsync<ActionItemCompletedIntegrationEvent>());
        Assert.True(completed.CompletedOnTime);
        Assert.Equal("企业已补发全部工资", completed.Outcome);
        Assert.Empty(await platform.SendAsync(new ListActionItemsQuery(OpenOnly: true)));

        var twice = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new RecordActionItemProgressCommand(itemId, "再次", true)));
        Assert.Equal("union.action-item-completed", twice.Code);

        // Nothing is reminded or reported for a completed item.
        await platform.AtAsync(Local(4, 2, 9, 0));
        Assert.Empty(await platform.NotificationsAsync("待办事项提醒"));
        Assert.Empty(await platform.EventsAsync<DeadlineMissedIntegrationEvent>());
    }

    [Fact]
    public async Task An_open_item_is_reminded_once_before_its_due_date_and_reported_to_supervision_once_missed()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var itemId = Assert.Single(await platform.AsAdministratorAsync(new PublishMinutesCommand(await HeldMeetingAsync(platform))));

        // Due 2026-03-31 (end of day); reminded 3 days before the end: 03-29 00:00.
        await platform.AtAsync(Local(3, 28, 23, 59));
        Assert.Empty(await platform.NotificationsAsync("待办事项提醒"));
        await platform.AtAsync(Local(3, 29, 0, 0));
        await platform.AtAsync(Local(3, 30, 0, 0));
        Assert.Equal(["SampleClerk"], Assert.Single(await platform.NotificationsAsync("待办事项提醒")).Roles);

        await platform.AtAsync(Local(3, 31, 23, 59));
        Assert.Empty(await platform.EventsAsync<DeadlineMissedIntegrationEvent>());
        await platform.AtAsync(Local(4, 1, 0, 0));
        await platform.AtAsync(Local(4, 2, 0, 0));

        var missed = Assert.Single(await platform.EventsAsync<DeadlineMissedIntegrationEvent>());
        Assert.Equal((itemId, "Sample", "示例机构", "union.meeting-action-item"), (missed.DeadlineId, missed.Module, missed.AgencyName, missed.RuleId));
        Assert.Equal(new DateOnly(2026, 3, 31), missed.DueDate);
        Assert.Contains("督促企业补发工资", missed.RuleTitle, StringComparison.Ordinal);
        Assert.Equal("已逾期", Assert.Single(await platform.AsAdministratorAsync(new ListActionItemsQuery())).StatusName);
        Assert.Empty(await platform.SendAsync(new ListActionItemsQuery()));

        // Completing it late is recorded as late.
        platform.User.ActAs("sample", "SampleClerk");
        await platform.SendAsync(new RecordActionItemProgressCommand(itemId, "已办结", true));
        Assert.False(Assert.Single(await platform.EventsAsync<ActionItemCompletedIntegrationEvent>()).CompletedOnTime);
    }

    [Fact]
    public async Task The_next_meeting_of_the_kind_starts_its_agenda_with_the_open_items()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await platform.AsAdministratorAsync(new PublishMinutesCommand(await HeldMeetingAsync(platform)));

        var next = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 9, 8), title: "2026年第二次联席会议") with { Agenda = ["上半年劳动关系形势分析"] });

        var agenda = (await platform.SendAsync(new GetMeetingQuery(next.Id))).Agenda;
        Assert.Equal(2, agenda.Count);
        Assert.Equal(AgendaSource.OpenActionItem, agenda[0].Source);
        Assert.StartsWith("督促企业补发工资（示例机构 李娜，期限 2026-03-31，未办结）", agenda[0].Title, StringComparison.Ordinal);
        Assert.Equal("上半年劳动关系形势分析", agenda[1].Title);

        var otherKind = await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 9, 9), kind: MeetingKind.TripartiteMeeting, title: "三方会议"));
        Assert.Empty((await platform.SendAsync(new GetMeetingQuery(otherKind.Id))).Agenda);
    }

    private static SaveMinutesCommand Minutes(Guid meetingId) => new(
        meetingId,
        "市总工会、示例机构参加（李娜、王伟）",
        "会议通报了欠薪线索办理情况，研究了联动处置措施。",
        [new("督促企业补发工资", "Sample", "李娜", new DateOnly(2026, 3, 31)), new("下次会议通报办理结果", null, null, null)]);

    /// <summary>A joint meeting held on Wednesday 03-04 10:00–12:00, its minutes written at 12:00.</summary>
    private static async Task<Guid> HeldMeetingAsync(PlatformFixture platform)
    {
        var scheduled = await platform.AsAdministratorAsync(Meeting(MeetingDay));
        platform.Clock.SetUtcNow(Local(3, 4, 12, 0).ToUniversalTime());
        await platform.AsAdministratorAsync(Minutes(scheduled.Id));
        return scheduled.Id;
    }
}
