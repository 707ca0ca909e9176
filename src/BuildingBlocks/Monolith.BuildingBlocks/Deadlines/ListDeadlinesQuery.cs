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

    /// <summary>The extension granted: from which due date, who approved it and when, why, who entered it.</summary>
    public DeadlineExtensionView? Extension { get; init; }

    /// <summary>The extension the rule allows, while this deadline may still be extended (open, not yet extended); else null.</summary>
    public ExtensionOffer? CanExtend { get; init; }

    public string StateName => State switch
    {
        DeadlineState.Open => Reminded ? "即将到期" : "进行中",
        DeadlineState.Missed => "已逾期",
        DeadlineState.Completed => LateUnderPolicy ? "已办结（超过本地政策期限）" : "已办结",
        DeadlineState.Cancelled => "已撤销",
        _ => State.ToString(),
    };

    internal static DeadlineView From(Deadline d, DeadlineExtension? ruleExtension) => new(
        d.Id, d.RuleId, d.Title, d.LegalBasis, d.PolicyProfile, d.Period, d.LinkageNumber, d.SubjectId, d.SubjectReference,
        d.TriggerDate, d.DueDate, d.DueAt, d.RemindAt, d.State, d.RemindedAt is not null, d.Provisional, d.Extended, d.Explanation, d.CompletedAt)
    {
        Policy = d is { PolicyName: { } name, PolicyDueDate: { } dueDate, PolicyDueAt: { } dueAt }
            ? new DeadlinePolicyView(name, d.PolicyScope ?? string.Empty, d.PolicyPeriod ?? string.Empty, d.PolicyLegalBasis ?? string.Empty, dueDate, dueAt)
            : null,
        Outcome = d.Outcome,
        LateUnderPolicy = d.LateUnderPolicy,
        Extension = d is { ExtendedFrom: { } from, ExtensionApprovedBy: { } by, ExtensionApprovedOn: { } on, ExtensionReason: { } reason, ExtensionRecordedBy: { } recordedBy, ExtensionRecordedAt: { } recordedAt }
            ? new DeadlineExtensionView(from, by, on, reason, recordedBy, recordedAt, ruleExtension?.ByAgreement == true)
            : null,
        CanExtend = ruleExtension is not null && d.State == DeadlineState.Open && !d.Extended
            ? new ExtensionOffer(ruleExtension.Description, ruleExtension.ByAgreement, ruleExtension.ApprovedBy)
            : null,
    };
}

/// <summary>An extension as recorded on the deadline.</summary>
/// <param name="ExtendedFrom">The due date before the extension.</param>
/// <param name="ByAgreement">The parties agreed to it (the reason records their agreement), rather than an office holder approving it.</param>
public sealed record DeadlineExtensionView(
    DateOnly ExtendedFrom, string ApprovedBy, DateOnly ApprovedOn, string Reason, string RecordedBy, DateTimeOffset RecordedAt, bool ByAgreement);

/// <summary>What extension a deadline's rule allows: a fixed one approved by an office holder, or one the parties agree on.</summary>
public sealed record ExtensionOffer(string Description, bool ByAgreement, string ApprovedBy);

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
internal sealed class ListDeadlinesHandler<TModuleDbContext>(TModuleDbContext db, DeadlineCatalogue catalogue)
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
        return deadlines.ConvertAll(d => DeadlineView.From(d, catalogue.Find(d.RuleId)?.Statutory.Extension));
    }
}
