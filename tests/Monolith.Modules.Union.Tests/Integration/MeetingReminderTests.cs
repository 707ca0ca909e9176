using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Features.Meetings;
using static Monolith.Modules.Union.Tests.TestKit;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// Participants are reminded by the module's scheduled work at the configured offsets (7 days and 1 day before by
/// default): each reminder once, at its time, never for a cancelled meeting, at the new times after a reschedule, and
/// after a restart. Driven by the fake clock, as Hangfire would run the work.
/// </summary>
public sealed class MeetingReminderTests
{
    // Friday 2026-03-20 10:00: reminders due Friday 03-13 10:00 and Thursday 03-19 10:00.
    private static readonly DateOnly MeetingDay = new(2026, 3, 20);

    [Fact]
    public async Task Each_reminder_fires_once_at_its_time_and_names_the_meeting()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await platform.AsAdministratorAsync(Meeting(MeetingDay));

        await platform.AtAsync(Local(3, 13, 9, 59));
        Assert.Empty(await platform.NotificationsAsync("会议提醒"));

        await platform.AtAsync(Local(3, 13, 10, 0));
        var first = Assert.Single(await platform.NotificationsAsync("会议提醒"));
        Assert.Contains("7天后", first.Body, StringComparison.Ordinal);
        Assert.Equal(["union", "sample"], first.UserNames);
        Assert.Empty(first.Roles);

        await platform.AtAsync(Local(3, 13, 11, 0));
        await platform.AtAsync(Local(3, 19, 9, 59));
        Assert.Single(await platform.NotificationsAsync("会议提醒"));

        await platform.AtAsync(Local(3, 19, 10, 0));
        await platform.AtAsync(Local(3, 21, 10, 0));
        var reminders = await platform.NotificationsAsync("会议提醒");
        Assert.Equal(2, reminders.Count);
        Assert.Contains("1天后", reminders[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_meeting_gets_no_reminder_and_its_participants_get_a_cancellation()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(MeetingDay));
        await platform.AsAdministratorAsync(new CancelMeetingCommand(scheduled.Id, "议题已在其他会议研究"));

        await platform.AtAsync(Local(3, 13, 10, 0));
        await platform.AtAsync(Local(3, 19, 10, 0));
        await platform.AtAsync(Local(3, 20, 9, 0));

        Assert.Empty(await platform.NotificationsAsync("会议提醒"));
        var cancellation = Assert.Single(await platform.NotificationsAsync("会议取消"));
        Assert.Contains("议题已在其他会议研究", cancellation.Body, StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL", cancellation.Attachment!.Content, StringComparison.Ordinal);
        var events = await platform.EventsAsync<MeetingScheduledIntegrationEvent>();
        Assert.Equal([false, true], events.Select(e => e.Cancelled));
        Assert.Equal([0, 1], events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_rescheduled_meeting_is_reminded_at_the_new_times_only()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        var scheduled = await platform.AsAdministratorAsync(Meeting(MeetingDay));
        await platform.AsAdministratorAsync(new RescheduleMeetingCommand(scheduled.Id, new DateOnly(2026, 3, 27), new TimeOnly(14, 30), new TimeOnly(16, 0), "市人社局二楼会议室", null));

        await platform.AtAsync(Local(3, 19, 10, 0));
        Assert.Empty(await platform.NotificationsAsync("会议提醒"));

        await platform.AtAsync(Local(3, 20, 14, 30));
        await platform.AtAsync(Local(3, 26, 14, 30));
        var reminders = await platform.NotificationsAsync("会议提醒");
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Contains("2026年3月27日 14:30", r.Body, StringComparison.Ordinal));
        var update = Assert.Single(await platform.NotificationsAsync("会议改期"));
        Assert.Contains("SEQUENCE:1", update.Attachment!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_send_each_reminder_once()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await using var other = platform.AnotherHost();
        await platform.AsAdministratorAsync(Meeting(MeetingDay));

        platform.Clock.SetUtcNow(Local(3, 13, 10, 0).ToUniversalTime());
        await Task.WhenAll(platform.RunDueScheduledWorkAsync(), other.RunDueScheduledWorkAsync());
        await Task.WhenAll(platform.RunDueScheduledWorkAsync(), other.RunDueScheduledWorkAsync());

        Assert.Single(await platform.NotificationsAsync("会议提醒"));
        Assert.Single(await other.NotificationsAsync("会议提醒"));
    }

    [Fact]
    public async Task A_reminder_due_while_the_service_was_down_goes_out_once_after_the_restart()
    {
        var platform = await PlatformWithNeighbourAsync();
        try
        {
            await platform.AsAdministratorAsync(Meeting(MeetingDay));
            platform = await platform.RestartAsync();
            await platform.AtAsync(Local(3, 13, 12, 0));
            await platform.AtAsync(Local(3, 13, 12, 5));
            Assert.Single(await platform.NotificationsAsync("会议提醒"));
        }
        finally
        {
            await platform.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_reminder_whose_time_has_passed_when_scheduling_is_not_sent_late()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await platform.AsAdministratorAsync(Meeting(new DateOnly(2026, 3, 4)));

        await platform.AtAsync(Local(3, 3, 10, 0));
        await platform.AtAsync(Local(3, 4, 9, 0));

        var reminder = Assert.Single(await platform.NotificationsAsync("会议提醒"));
        Assert.Contains("1天后", reminder.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offsets_are_configurable()
    {
        await using var platform = await PlatformWithNeighbourAsync(new Dictionary<string, string?>
        {
            ["Union:Meetings:ReminderOffsets:0"] = "02:00:00",
        });
        await platform.AsAdministratorAsync(Meeting(MeetingDay));

        await platform.AtAsync(Local(3, 19, 10, 0));
        Assert.Empty(await platform.NotificationsAsync("会议提醒"));
        await platform.AtAsync(Local(3, 20, 8, 0));
        Assert.Contains("2小时后", Assert.Single(await platform.NotificationsAsync("会议提醒")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_without_a_named_participant_is_reminded_through_its_staff_role()
    {
        await using var platform = await PlatformWithNeighbourAsync();
        await platform.AsAdministratorAsync(Meeting(MeetingDay, participants: [new("Union", "王伟", "union")]));

        await platform.AtAsync(Local(3, 13, 10, 0));

        var reminder = Assert.Single(await platform.NotificationsAsync("会议提醒"));
        Assert.Equal(["union"], reminder.UserNames);
        Assert.Equal(["SampleClerk"], reminder.Roles);
        Assert.DoesNotContain(PlatformRoles.Administrator, reminder.Roles);
    }
}
