using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Notifications;
using Monolith.Modules.Platform.Accounts;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Platform.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Platform.Tests.Integration;

/// <summary>
/// Notification requests from any module: one inbox entry per recipient account (named or by role), the unread count
/// the header shows, and email through the SMTP adapter to a local sink, sent once.
/// </summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task Each_recipient_gets_one_inbox_entry_whether_named_or_by_role_and_reads_it()
    {
        await using var platform = await PlatformFixture.CreateAsync([new StaffRoles()], policyProfile: null);
        await CreateStaffAsync(platform);

        await platform.PublishIntoAsync<PlatformDbContext>(Request(["alice"], ["ArbitrationClerk"]));
        await platform.DeliverMessagesAsync();

        var inbox = platform.Services.GetRequiredService<IUserInbox>();
        Assert.Equal(1, await inbox.UnreadCountAsync("alice", CancellationToken.None));
        Assert.Equal(1, await inbox.UnreadCountAsync("bob", CancellationToken.None));
        Assert.Equal(0, await inbox.UnreadCountAsync("carol", CancellationToken.None));
        var entry = Assert.Single(await inbox.ListAsync("bob", 10, CancellationToken.None));
        Assert.Equal(("会议提醒：联席会议", "/Union/My/Meetings", false), (entry.Subject, entry.Link, entry.Read));

        await inbox.MarkReadAsync("bob", entry.Id, CancellationToken.None);
        Assert.Equal(0, await inbox.UnreadCountAsync("bob", CancellationToken.None));
        Assert.Equal(1, await inbox.UnreadCountAsync("alice", CancellationToken.None));
        Assert.True(Assert.Single(await inbox.ListAsync("bob", 10, CancellationToken.None)).Read);
    }

    [Fact]
    public async Task Without_an_smtp_setting_nothing_is_emailed()
    {
        await using var sink = new SmtpSink();
        await using var platform = await PlatformFixture.CreateAsync([new StaffRoles()], policyProfile: null);
        await CreateStaffAsync(platform);

        await platform.PublishIntoAsync<PlatformDbContext>(Request(["alice"], []));
        await platform.DeliverMessagesAsync();

        Assert.Equal(0, await platform.RunDueScheduledWorkAsync());
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task With_smtp_configured_an_account_with_an_address_gets_the_email_once_with_its_calendar_file()
    {
        await using var sink = new SmtpSink();
        await using var platform = await PlatformFixture.CreateAsync([new StaffRoles()], policyProfile: null, settings: new Dictionary<string, string?>
        {
            ["Notifications:Smtp:Enabled"] = "true",
            ["Notifications:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:Smtp:From"] = "weiquan@example.invalid",
        });
        await CreateStaffAsync(platform);

        await platform.PublishIntoAsync<PlatformDbContext>(Request(["alice", "bob"], [], new NotificationAttachment("meeting.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")));
        await platform.DeliverMessagesAsync();
        Assert.Equal(1, await platform.RunDueScheduledWorkAsync());
        Assert.Equal(0, await platform.RunDueScheduledWorkAsync());
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await platform.RunDueScheduledWorkAsync());

        var mail = Assert.Single(sink.Received);
        Assert.Equal(["alice@example.invalid"], mail.Recipients);
        Assert.Contains("From: ", mail.Raw, StringComparison.Ordinal);
        Assert.Contains("meeting.ics", mail.Raw, StringComparison.Ordinal);
        Assert.Contains("text/calendar", mail.Raw, StringComparison.Ordinal);
        Assert.Equal(2, await platform.QueryAsync<PlatformDbContext, int>(db => db.InboxItems.CountAsync()));
    }

    private static NotificationRequestedIntegrationEvent Request(IReadOnlyList<string> users, IReadOnlyList<string> roles, NotificationAttachment? attachment = null) =>
        new(Guid.NewGuid(), PlatformFixture.DefaultStart, string.Empty, "Union", "会议提醒：联席会议", "联席会议将于7天后召开。", "/Union/My/Meetings", users, roles, attachment);

    private static async Task CreateStaffAsync(PlatformFixture platform)
    {
        await platform.SendAsync(new CreateAccountCommand("alice", "张丽", "ArbitrationClerk", "Alice2026pass", "alice@example.invalid"));
        await platform.SendAsync(new CreateAccountCommand("bob", "李强", "ArbitrationClerk", "Bob2026passw"));
        await platform.SendAsync(new CreateAccountCommand("carol", "王芳", "Mediator", "Carol2026pass"));
    }
}
