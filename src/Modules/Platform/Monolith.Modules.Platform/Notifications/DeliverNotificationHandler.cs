using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Notifications;

/// <summary>
/// A module asked to notify people: one inbox entry per active recipient account, and one scheduled send per channel
/// and account with an address there (run once by the scheduled-work engine, after this transaction commits).
/// </summary>
[IntegrationEventHandlerName("platform.deliver-notification")]
internal sealed class DeliverNotificationHandler(PlatformDbContext db, IEnumerable<INotificationChannel> channels, WorkScheduler scheduler, TimeProvider time)
    : IIntegrationEventHandler<NotificationRequestedIntegrationEvent>
{
    public async Task HandleAsync(NotificationRequestedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Notifications.AnyAsync(n => n.Id == integrationEvent.EventId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var users = integrationEvent.UserNames.ToList();
        var roles = integrationEvent.Roles.ToList();
        var recipients = await db.Accounts
            .Where(a => a.IsActive && (users.Contains(a.UserName) || roles.Contains(a.Role)))
            .OrderBy(a => a.UserName)
            .ToListAsync(cancellationToken);
        db.Notifications.Add(new Notification
        {
            Id = integrationEvent.EventId,
            RequestedBy = integrationEvent.RequestedBy,
            Subject = Clip(integrationEvent.Subject, 200),
            Body = Clip(integrationEvent.Body, 4000),
            Link = integrationEvent.Link,
            AttachmentFileName = integrationEvent.Attachment?.FileName,
            AttachmentContentType = integrationEvent.Attachment?.ContentType,
            AttachmentContent = integrationEvent.Attachment?.Content,
            CreatedAt = now,
        });
        foreach (var account in recipients)
        {
            db.InboxItems.Add(new InboxItem { Id = Guid.CreateVersion7(now), NotificationId = integrationEvent.EventId, UserName = account.UserName, CreatedAt = now });
            foreach (var channel in channels)
            {
                if (channel.AddressOf(account) is { Length: > 0 })
                {
                    scheduler.Schedule(
                        db, new SendNotificationCommand(integrationEvent.EventId, channel.Name, account.UserName), now, $"notification/{integrationEvent.EventId}", integrationEvent.LinkageNumber);
                }
            }
        }
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
