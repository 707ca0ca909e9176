using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Notifications;

/// <summary>
/// Sends one notification to one account through one channel. Scheduled work: it runs once (its row is marked done
/// in this transaction); a channel that is no longer configured, or an account that has gone or lost its address,
/// means nothing to send.
/// </summary>
[ScheduledCommandName("platform.send-notification.v1")]
internal sealed record SendNotificationCommand(Guid NotificationId, string Channel, string UserName) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"notification/{NotificationId}";
}

internal sealed class SendNotificationHandler(PlatformDbContext db, IEnumerable<INotificationChannel> channels) : IRequestHandler<SendNotificationCommand, bool>
{
    public async Task<bool> Handle(SendNotificationCommand request, CancellationToken cancellationToken)
    {
        var channel = channels.FirstOrDefault(c => c.Name == request.Channel);
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == request.NotificationId, cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == request.UserName && a.IsActive, cancellationToken);
        if (channel is null || notification is null || account is null || channel.AddressOf(account) is not { Length: > 0 } address)
        {
            return false;
        }

        await channel.SendAsync(
            new OutgoingNotification(address, notification.Subject, notification.Body, notification.Link,
                notification.AttachmentFileName, notification.AttachmentContentType, notification.AttachmentContent),
            cancellationToken);
        return true;
    }
}
