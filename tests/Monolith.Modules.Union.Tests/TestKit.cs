using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Sample;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Features.Meetings;
using Monolith.Modules.Union.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Union.Tests;

/// <summary>Union composed alone, acting as a union officer; or beside a neighbour module, for what must stay Union's own.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    /// <summary>The neighbour's rule (tests/Fixtures/Monolith.Modules.Sample).</summary>
    public const string NeighbourRule = "sample.reply";

    public static Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang") => ComposeAsync([new UnionModule()], policyProfile);

    /// <summary>Union beside the Sample fixture module, which has deadlines of its own in its own tables.</summary>
    public static Task<PlatformFixture> PlatformWithNeighbourAsync(IDictionary<string, string?>? settings = null) =>
        ComposeAsync([new UnionModule(), new SampleModule()], "Nanchang", settings);

    public static DeadlineSubject NeighbourMatter(int number) =>
        new("SampleMatter", Guid.NewGuid(), $"360100-YP-2026-{number:D6}", $"示例事项 360100-YP-2026-{number:D6}");

    /// <summary>A joint meeting of Union and Sample on the given local day and times, with one named participant of each.</summary>
    public static ScheduleMeetingCommand Meeting(
        DateOnly date, string start = "10:00", string end = "12:00", MeetingKind kind = MeetingKind.JointMeeting, string? title = "2026年第一次政府与工会联席会议",
        IReadOnlyList<ParticipantInput>? participants = null) =>
        new(kind, title, date, TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            "市总工会三楼会议室", null, "市总工会", ["Union", "Sample"],
            participants ?? [new("Union", "王伟", "union"), new("Sample", "李娜", "sample")], null, null);

    /// <summary>Acts as an administrator (who schedules meetings), sends, and acts as the union officer again.</summary>
    public static async Task<T> AsAdministratorAsync<T>(this PlatformFixture platform, MediatR.IRequest<T> request)
    {
        platform.User.ActAs("admin", PlatformRoles.Administrator);
        try
        {
            return await platform.SendAsync(request);
        }
        finally
        {
            platform.User.ActAs("union", UnionModule.Role);
        }
    }

    /// <summary>The notifications the union has asked for so far (its outbox), oldest first.</summary>
    public static async Task<List<NotificationRequestedIntegrationEvent>> NotificationsAsync(this PlatformFixture platform, string? subjectStartsWith = null) =>
        [.. (await platform.OutboxEventsAsync<UnionDbContext>()).OfType<NotificationRequestedIntegrationEvent>()
            .Where(n => subjectStartsWith is null || n.Subject.StartsWith(subjectStartsWith, StringComparison.Ordinal))];

    public static async Task<List<T>> EventsAsync<T>(this PlatformFixture platform)
        where T : IntegrationEvent =>
        [.. (await platform.OutboxEventsAsync<UnionDbContext>()).OfType<T>()];

    /// <summary>Moves the fake clock to a local time (+08:00) and runs the scheduled work then due.</summary>
    public static async Task<int> AtAsync(this PlatformFixture platform, DateTimeOffset local)
    {
        platform.Clock.SetUtcNow(local.ToUniversalTime());
        return await platform.RunDueScheduledWorkAsync();
    }

    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static async Task<PlatformFixture> ComposeAsync(IModule[] modules, string? policyProfile, IDictionary<string, string?>? settings = null)
    {
        var platform = await PlatformFixture.CreateAsync(modules, policyProfile, settings: settings);
        platform.User.ActAs("union", UnionModule.Role);
        return platform;
    }
}
