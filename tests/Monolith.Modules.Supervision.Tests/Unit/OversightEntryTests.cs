using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Supervision.Domain;

namespace Monolith.Modules.Supervision.Tests.Unit;

public sealed class OversightEntryTests
{
    private static readonly DateTimeOffset MissedAt = TestKit.Monday;

    [Fact]
    public void An_entry_from_a_missed_deadline_is_open()
    {
        var deadlineId = Guid.NewGuid();

        var entry = New(deadlineId);

        Assert.Equal(deadlineId, entry.DeadlineId);
        Assert.Equal("Inspection", entry.Module);
        Assert.Equal(MissedAt, entry.MissedAt);
        Assert.True(entry.ProvisionalCalendar);
        Assert.Null(entry.FollowedUpAt);
    }

    [Fact]
    public void A_follow_up_records_what_was_done_by_whom_and_when()
    {
        var entry = New();

        entry.RecordFollowUp("已督办", "officer", MissedAt.AddDays(1));

        Assert.Equal("已督办", entry.FollowUpNote);
        Assert.Equal("officer", entry.FollowedUpBy);
        Assert.Equal(MissedAt.AddDays(1), entry.FollowedUpAt);
    }

    [Fact]
    public void A_second_follow_up_is_refused_and_the_first_is_kept()
    {
        var entry = New();
        entry.RecordFollowUp("已督办", "officer", MissedAt.AddDays(1));

        var error = Assert.Throws<BusinessRuleViolationException>(() => entry.RecordFollowUp("再次督办", "other", MissedAt.AddDays(2)));

        Assert.Equal("supervision.followed-up", error.Code);
        Assert.Equal("已督办", entry.FollowUpNote);
        Assert.Equal("officer", entry.FollowedUpBy);
        Assert.Equal(MissedAt.AddDays(1), entry.FollowedUpAt);
    }

    private static OversightEntry New(Guid? deadlineId = null) => OversightEntry.FromMissedDeadline(
        Guid.NewGuid(), deadlineId ?? Guid.NewGuid(), "Inspection", "劳动保障监察机构", "360100-JC-2026-000001", "inspection.accept-complaint", "受理投诉",
        "《劳动保障监察条例》", "法定", new DateOnly(2026, 3, 6), MissedAt, "投诉 360100-JC-2026-000001", provisionalCalendar: true);
}
