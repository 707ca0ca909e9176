using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;

namespace Monolith.Modules.Union.Tests.Unit;

public sealed class MeetingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private static Meeting NewMeeting(string? place = "会议室", string? link = null, IEnumerable<string>? agencies = null) => Meeting.Schedule(
        Guid.NewGuid(), MeetingKind.JointMeeting, "联席会议", Now.AddDays(2), Now.AddDays(2).AddHours(2), place, link, "市总工会",
        agencies ?? ["Union"], [new MeetingParticipant("Union", "工会", "王伟", "union")], [], Now, "admin");

    [Fact]
    public void A_meeting_needs_a_place_an_agency_and_an_end_after_its_start()
    {
        Assert.Equal("union.meeting-no-place", Assert.Throws<BusinessRuleViolationException>(() => NewMeeting(place: null)).Code);
        Assert.Equal("union.meeting-no-agency", Assert.Throws<BusinessRuleViolationException>(() => NewMeeting(agencies: [])).Code);
        var meeting = NewMeeting();
        Assert.Equal("union.meeting-ends-before-start",
            Assert.Throws<BusinessRuleViolationException>(() => meeting.Reschedule(Now.AddDays(3), Now.AddDays(3), "会议室", null, Now)).Code);
        Assert.Equal(0, meeting.Sequence);
    }

    [Fact]
    public void Each_change_raises_the_sequence_and_a_cancelled_meeting_cannot_change()
    {
        var meeting = NewMeeting();
        meeting.Reschedule(Now.AddDays(3), Now.AddDays(3).AddHours(1), null, "https://m.example.invalid", Now);
        meeting.Cancel("取消", Now);

        Assert.Equal(2, meeting.Sequence);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal("union.meeting-cancelled", Assert.Throws<BusinessRuleViolationException>(() => meeting.Cancel("再取消", Now)).Code);
        Assert.Equal("union.meeting-cancelled",
            Assert.Throws<BusinessRuleViolationException>(() => meeting.Reschedule(Now.AddDays(4), Now.AddDays(4).AddHours(1), "会议室", null, Now)).Code);
        Assert.False(meeting.Overlaps(Now.AddDays(3), Now.AddDays(3).AddHours(1)));
    }

    [Fact]
    public void The_same_person_is_matched_by_account_else_by_agency_and_name()
    {
        Assert.True(Meeting.SamePerson(new("Union", "工会", "王伟", "union"), new("Union", "工会", "王伟（副主席）", "UNION")));
        Assert.False(Meeting.SamePerson(new("Union", "工会", "王伟", "union"), new("Union", "工会", "王伟", "wangwei")));
        Assert.True(Meeting.SamePerson(new("Union", "工会", "王伟", null), new("Union", "工会", "王伟", "union")));
        Assert.False(Meeting.SamePerson(new("Union", "工会", "王伟", null), new("Sample", "示例", "王伟", null)));
    }

    [Fact]
    public void An_action_item_is_reminded_within_the_lead_and_missed_only_after_its_due_time()
    {
        var meeting = NewMeeting();
        var dueAt = Now.AddDays(10);
        var item = ActionItem.Assign(Guid.NewGuid(), meeting, new MinutesDecision(1, "整改", "Union", "工会", "王伟", new DateOnly(2026, 3, 12)), dueAt, Now);
        var lead = TimeSpan.FromDays(3);

        Assert.False(item.TryRemind(dueAt - lead - TimeSpan.FromMinutes(1), lead));
        Assert.True(item.TryRemind(dueAt - lead, lead));
        Assert.False(item.TryRemind(dueAt - TimeSpan.FromDays(1), lead));
        Assert.False(item.TryMarkMissed(dueAt - TimeSpan.FromTicks(1)));
        Assert.True(item.TryMarkMissed(dueAt));
        Assert.False(item.TryMarkMissed(dueAt.AddDays(1)));
        Assert.Equal("union.not-owner", Assert.Throws<BusinessRuleViolationException>(() => item.Record("Sample", "进展", false, Now, "x")).Code);
    }
}
