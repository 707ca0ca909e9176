using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

public enum DeadlineFilter
{
    /// <summary>Still to be done: open or missed.</summary>
    Pending,
    Missed,
    All,
}

public sealed record DeadlineView(
    Guid Id,
    string RuleId,
    string Title,
    string LegalBasis,
    string PolicyProfile,
    string Period,
    string LinkageNumber,
    Guid SubjectId,
    string SubjectReference,
    DateOnly TriggerDate,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    DateTimeOffset RemindAt,
    DeadlineState State,
    bool Reminded,
    bool Provisional,
    bool Extended,
    string Explanation,
    DateTimeOffset? CompletedAt)
{
    public string StateName => State switch
    {
        DeadlineState.Open => Reminded ? "即将到期" : "进行中",
        DeadlineState.Missed => "已逾期",
        DeadlineState.Completed => "已办结",
        DeadlineState.Cancelled => "已撤销",
        _ => State.ToString(),
    };

    internal static DeadlineView From(Deadline d) => new(
        d.Id, d.RuleId, d.Title, d.LegalBasis, d.PolicyProfile, d.Period, d.LinkageNumber, d.SubjectId, d.SubjectReference,
        d.TriggerDate, d.DueDate, d.DueAt, d.RemindAt, d.State, d.RemindedAt is not null, d.Provisional, d.Extended, d.Explanation, d.CompletedAt);
}

/// <summary>
/// A module's deadlines, soonest first; optionally those of one subject only. Subject references name the worker, so
/// the read is audited.
/// </summary>
public sealed record ListDeadlinesQuery(string ModuleName, DeadlineFilter Filter, Guid? SubjectId = null) : IQuery<IReadOnlyList<DeadlineView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => SubjectId?.ToString() ?? $"{ModuleName}期限列表";
}

internal sealed class ListDeadlinesHandler(IServiceProvider services, ModuleCatalog modules) : IRequestHandler<ListDeadlinesQuery, IReadOnlyList<DeadlineView>>
{
    public async Task<IReadOnlyList<DeadlineView>> Handle(ListDeadlinesQuery request, CancellationToken cancellationToken)
    {
        var query = modules.DbContext(services, request.ModuleName).Deadlines.AsNoTracking();
        if (request.SubjectId is { } subject)
        {
            query = query.Where(d => d.SubjectId == subject);
        }

        query = request.Filter switch
        {
            DeadlineFilter.Pending => query.Where(d => d.CompletedAt == null && d.CancelledAt == null),
            DeadlineFilter.Missed => query.Where(d => d.MissedAt != null),
            _ => query,
        };
        var deadlines = await query.OrderBy(d => d.DueAt).Take(500).ToListAsync(cancellationToken);
        return deadlines.ConvertAll(DeadlineView.From);
    }
}
