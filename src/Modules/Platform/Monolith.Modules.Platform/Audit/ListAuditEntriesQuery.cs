using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.Audit;

internal sealed record AuditEntryView(
    DateTimeOffset At, string UserName, string? Role, AuditKind Kind, string Action, string? Subject, AuditOutcome Outcome, string? Detail, IReadOnlyList<string> Shown);

/// <summary>
/// The audit log, newest first, one page at a time, optionally for one subject (a linkage number or case id: the
/// entries about it and the list reads that showed it), one user, or one kind. Reading the log is itself audited: it
/// shows who did what to whom.
/// </summary>
internal sealed record ListAuditEntriesQuery(string? Subject = null, string? UserName = null, AuditKind? Kind = null, PageRequest? Paging = null)
    : IQuery<Paged<AuditEntryView>>, IPersonalDataQuery
{
    /// <summary>What was searched for; not the subject itself, so reading the log about a matter is not a read of the matter.</summary>
    string IPersonalDataQuery.AuditSubject => $"审计日志 {Subject ?? UserName ?? Kind?.ToString()}".TrimEnd();
}

internal sealed class ListAuditEntriesHandler(PlatformDbContext db) : IRequestHandler<ListAuditEntriesQuery, Paged<AuditEntryView>>
{
    public async Task<Paged<AuditEntryView>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Subject))
        {
            entries = entries.Where(e => e.Subject == request.Subject || e.Shown.Any(s => s.Key == request.Subject));
        }

        if (!string.IsNullOrWhiteSpace(request.UserName))
        {
            entries = entries.Where(e => e.UserName == request.UserName);
        }

        if (request.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        return await entries.OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryView(e.At, e.UserName, e.Role, e.Kind, e.Action, e.Subject, e.Outcome, e.Detail, e.Shown.Select(s => s.Key).ToList()))
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
    }
}

internal static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/audit", (string? subject, string? user, AuditKind? kind, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListAuditEntriesQuery(subject, user, kind, PageRequest.From(pageNumber, pageSize)), ct));
}
