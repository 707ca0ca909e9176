using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features;

/// <summary>
/// Who hears about a meeting, and how the union asks the platform to tell them (the in-app inbox and the configured
/// channels, through <see cref="NotificationRequestedIntegrationEvent"/>).
/// </summary>
internal sealed class MeetingNotices(ModuleDirectory directory, DeploymentClock clock)
{
    /// <summary>The named participants' accounts; for an agency without a named participant with an account, its staff roles.</summary>
    public (IReadOnlyList<string> Users, IReadOnlyList<string> Roles) Recipients(Meeting meeting)
    {
        var users = meeting.Participants.Where(p => p.UserName is { Length: > 0 }).Select(p => p.UserName!).Distinct().ToList();
        var roles = meeting.Agencies
            .Where(a => !meeting.Participants.Any(p => p.AgencyModule == a && p.UserName is { Length: > 0 }))
            .SelectMany(RolesOf)
            .Distinct()
            .ToList();
        return (users, roles);
    }

    public IReadOnlyList<string> RolesOf(string module) => directory.Find(module)?.RoleNames ?? [];

    public string AgencyName(string module) => directory.Find(module)?.AgencyName ?? module;

    public string When(Meeting meeting) =>
        $"{clock.ToLocal(meeting.StartsAt):yyyy年M月d日 HH:mm}—{clock.ToLocal(meeting.EndsAt):HH:mm}";

    public void ToMeeting(UnionDbContext db, Meeting meeting, string subject, string body, NotificationAttachment? attachment = null)
    {
        var (users, roles) = Recipients(meeting);
        Send(db, subject, body, "/Union/My/Meetings", users, roles, attachment);
    }

    public void Send(UnionDbContext db, string subject, string body, string? link, IReadOnlyList<string> users, IReadOnlyList<string> roles, NotificationAttachment? attachment = null)
    {
        var now = clock.UtcNow;
        db.Publish(new NotificationRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, string.Empty, db.Module.Name, subject, body, link, users, roles, attachment));
    }
}
