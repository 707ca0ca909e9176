using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Audit;

internal sealed record AuditEntryView(DateTimeOffset At, string UserName, string? Role, AuditKind Kind, string Action, string? Subject, AuditOutcome Outcome, string? Detail);

/// <summary>The audit log, newest first, optionally for one subject (a linkage number or case id) or one user.</summary>
internal sealed record ListAuditEntriesQuery(string? Subject = null, string? UserName = null, int Take = 200) : IQuery<IReadOnlyList<AuditEntryView>>;

internal sealed class ListAuditEntriesHandler(PlatformDbContext db) : IRequestHandler<ListAuditEntriesQuery, IReadOnlyList<AuditEntryView>>
{
    public async Task<IReadOnlyList<AuditEntryView>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Subject))
        {
            entries = entries.Where(e => e.Subject == request.Subject);
        }

        if (!string.IsNullOrWhiteSpace(request.UserName))
        {
            entries = entries.Where(e => e.UserName == request.UserName);
        }

        return await entries.OrderByDescending(e => e.Id).Take(Math.Clamp(request.Take, 1, 1000))
            .Select(e => new AuditEntryView(e.At, e.UserName, e.Role, e.Kind, e.Action, e.Subject, e.Outcome, e.Detail))
            .ToListAsync(cancellationToken);
    }
}

internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", (string? subject, string? user, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListAuditEntriesQuery(subject, user), ct));
}
