using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;
using Monolith.Modules.Platform.Accounts;

namespace Monolith.Modules.Platform.Notifications;

/// <summary>What a channel sends: one notification to one address.</summary>
internal sealed record OutgoingNotification(string Address, string Subject, string Body, string? Link, string? AttachmentFileName, string? AttachmentContentType, string? AttachmentContent);

/// <summary>
/// A way to reach staff outside the service (email; an SMS gateway can be another). Channels are registered by
/// configuration; the in-app inbox is always on and is not a channel.
/// </summary>
internal interface INotificationChannel
{
    /// <summary>Stable name stored in scheduled sends, e.g. "email".</summary>
    string Name { get; }

    /// <summary>The account's address on this channel, or null if it has none.</summary>
    string? AddressOf(Account account);

    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}

/// <summary>Notifications:Smtp — off unless Enabled.</summary>
internal sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "noreply@localhost";

    public string FromName { get; set; } = "劳动者维权联动平台";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Added before a link so that a mail reader can open it, e.g. "https://weiquan.example.gov.cn".</summary>
    public string? BaseUrl { get; set; }
}

/// <summary>Email through an SMTP server (System.Net.Mail).</summary>
internal sealed class SmtpEmailChannel(IOptions<SmtpOptions> options) : INotificationChannel
{
    public const string ChannelName = "email";

    public string Name => ChannelName;

    public string? AddressOf(Account account) => account.Email;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = notification.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = notification.Link is null ? notification.Body : $"{notification.Body}\n\n{settings.BaseUrl?.TrimEnd('/')}{notification.Link}",
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(notification.Address);
        if (notification.AttachmentContent is not null)
        {
            message.Attachments.Add(Attachment.CreateAttachmentFromString(
                notification.AttachmentContent, notification.AttachmentFileName ?? "attachment", Encoding.UTF8, notification.AttachmentContentType ?? "text/plain"));
        }

        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
        if (settings.UserName is { Length: > 0 })
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
