using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Platform.Contracts;

/// <summary>
/// A module asks the platform to tell people something: a reminder, an invitation, a notice. The platform puts it in
/// the in-app inbox of every active account named in <see cref="UserNames"/> or holding one of <see cref="Roles"/>, and
/// sends it through each configured channel (email, …) to those accounts that have an address for it. Delivered once
/// per event: a redelivery adds nothing and sends nothing.
/// </summary>
/// <param name="LinkageNumber">The worker's matter it concerns, or empty for notices about no matter (a meeting).</param>
/// <param name="RequestedBy">Code name of the asking module, e.g. the module that convenes a meeting.</param>
/// <param name="Link">A page of the service to open (a path such as "/Union/My/Meetings"), or null.</param>
/// <param name="Attachment">A file for channels that carry files (an invitation's calendar file by email).</param>
[IntegrationEventName("platform.notification-requested.v1")]
public sealed record NotificationRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    string RequestedBy,
    string Subject,
    string Body,
    string? Link,
    IReadOnlyList<string> UserNames,
    IReadOnlyList<string> Roles,
    NotificationAttachment? Attachment = null)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <param name="Content">Text content (e.g. an RFC 5545 calendar file).</param>
public sealed record NotificationAttachment(string FileName, string ContentType, string Content);
