namespace Monolith.BuildingBlocks.Notifications;

/// <summary>One reminder or notice in a staff member's in-app inbox.</summary>
public sealed record InboxEntry(Guid Id, string Subject, string Body, string? Link, DateTimeOffset At, bool Read);

/// <summary>
/// Each staff member's in-app inbox (我的提醒), shown on every page's header. Implemented by the platform module, which
/// fills it from notification requests any module publishes; the host reads it through this port only.
/// </summary>
public interface IUserInbox
{
    Task<int> UnreadCountAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<InboxEntry>> ListAsync(string userName, int take, CancellationToken cancellationToken);

    /// <summary>Marks one of the user's entries read (<paramref name="id"/> null: all of them).</summary>
    Task MarkReadAsync(string userName, Guid? id, CancellationToken cancellationToken);
}
