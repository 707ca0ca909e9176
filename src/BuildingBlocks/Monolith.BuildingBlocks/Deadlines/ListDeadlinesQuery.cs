using MediatR;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Persistence;

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
    /// <summary>A local policy's shorter period for one outcome of the duty (e.g. same-day filing of accepted linkage cases).</summary>
    public DeadlinePolicyView? Policy { get; init; }

    /// <summary>The outcome the duty was completed with, if it has one.</summary>
    public string? Outcome { get; init; }

    /// <summary>Completed with the policy's outcome after the policy's due time.</summary>
    public bool LateUnderPolicy { get; init; }

    public string StateName => State switch
    {
        DeadlineState.Open => Reminded ? "即将到期" : "进行中",
        DeadlineState.Missed => "已逾期",
        DeadlineState.Completed => LateUnderPolicy ? "已办结（超过本地政策期限）" : "已办结",
        DeadlineState.Cancelled => "已撤销",
        _ => State.ToString(),
    };

    internal static DeadlineView From(Deadline d) => new(
        d.Id, d.RuleId, d.Title, d.LegalBasis, d.PolicyProfile, d.Period, d.LinkageNumber, d.SubjectId, d.SubjectReference,
        d.TriggerDate, d.DueDate, d.DueAt, d.RemindAt, d.State, d.RemindedAt is not null, d.Provisional, d.Extended, d.Explanation, d.CompletedAt)
    {
        Policy = d is { PolicyName: { } name, PolicyDueDate: { } dueDate, PolicyDueAt: { } dueAt }
            ? new DeadlinePolicyView(name, d.PolicyScope ?? string.Empty, d.PolicyPeriod ?? string.Empty, d.PolicyLegalBasis ?? string.Empty, dueDate, dueAt)
            : null,
        Outcome = d.Outcome,
        LateUnderPolicy = d.LateUnderPolicy,
    };
}

/// <summary>The local policy's period for one outcome of a duty, beside the statutory due time of the deadline.</summary>
public sealed record DeadlinePolicyView(string Name, string Scope, string Period, string LegalBasis, DateOnly DueDate, DateTimeOffset DueAt);

/// <summary>
/// A module's deadlines, soonest first; optionally those of one subject only. The module is named by its own DbContext,
/// a type internal to it, so a module can list its own deadlines and no one else's. Subject references name the worker,
/// so the read is audited.
/// </summary>
public sealed record ListDeadlinesQuery<TModuleDbContext>(DeadlineFilter Filter, Guid? SubjectId = null)
    : IQuery<IReadOnlyList<DeadlineView>>, IPersonalDataQuery, IModuleScopedRequest
    where TModuleDbContext : ModuleDbContext
{
    string IPersonalDataQuery.AuditSubject => SubjectId?.ToString() ?? "期限列表";

    Type IModuleScopedRequest.ModuleDbContextType => typeof(TModuleDbContext);
}

/// <summary>Registered once per module, closed over its DbContext (<see cref="PlatformServiceCollectionExtensions.AddModule{TDbContext}"/>).</summary>
internal sealed class ListDeadlinesHandler<TModuleDbContext>(TModuleDbContext db)
    : IRequestHandler<ListDeadlinesQuery<TModuleDbContext>, IReadOnlyList<DeadlineView>>
    where TModuleDbContext : ModuleDbContext
{
    public async Task<IReadOnlyList<DeadlineView>> Handle(ListDeadlinesQuery<TModuleDbContext> request, CancellationToken cancellationToken)
    {
        var query = db.Deadlines.AsNoTracking();
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
