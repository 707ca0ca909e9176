using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Notifications;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Notifications;

/// <summary>The in-app inbox behind the host's header and its 我的提醒 page.</summary>
internal sealed class UserInbox(IServiceScopeFactory scopes) : IUserInbox
{
    public async Task<int> UnreadCountAsync(string userName, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().InboxItems
            .CountAsync(i => i.UserName == userName && i.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<InboxEntry>> ListAsync(string userName, int take, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var rows = await db.InboxItems.AsNoTracking()
            .Where(i => i.UserName == userName)
            .Join(db.Notifications, i => i.NotificationId, n => n.Id, (i, n) => new { i.Id, n.Subject, n.Body, n.Link, i.CreatedAt, i.ReadAt })
            .OrderByDescending(r => r.CreatedAt)
            .Take(Math.Clamp(take, 1, 500))
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new InboxEntry(r.Id, r.Subject, r.Body, r.Link, r.CreatedAt, r.ReadAt is not null));
    }

    public async Task MarkReadAsync(string userName, Guid? id, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new MarkInboxReadCommand(userName, id), cancellationToken);
    }
}

/// <summary>The user read one of their reminders (or all of them).</summary>
internal sealed record MarkInboxReadCommand(string UserName, Guid? Id) : ICommand<int>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"inbox/{UserName}";
}

internal sealed class MarkInboxReadHandler(PlatformDbContext db, TimeProvider time) : IRequestHandler<MarkInboxReadCommand, int>
{
    public async Task<int> Handle(MarkInboxReadCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var items = await db.InboxItems
            .Where(i => i.UserName == request.UserName && i.ReadAt == null && (request.Id == null || i.Id == request.Id))
            .ToListAsync(cancellationToken);
        items.ForEach(i => i.ReadAt = now);
        return items.Count;
    }
}

/// <summary>/api/inbox: the signed-in user's own reminders, for every role.</summary>
internal static class InboxEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var inbox = endpoints.MapGroup("/api/inbox").WithTags("Inbox").RequireAuthorization();
        inbox.MapGet("/", async (IUserInbox box, ICurrentUser user, CancellationToken ct) =>
            new { unread = await box.UnreadCountAsync(user.UserName, ct), items = await box.ListAsync(user.UserName, 100, ct) });
        inbox.MapPost("/{id:guid}/read", async (Guid id, IUserInbox box, ICurrentUser user, CancellationToken ct) =>
        {
            await box.MarkReadAsync(user.UserName, id, ct);
            return TypedResults.NoContent();
        });
    }
}
