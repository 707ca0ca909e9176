using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.GetCase;

/// <summary>
/// One case in full for the agency's officers: parties, investigation, orders, penalty, referrals, closure, its deadlines,
/// and one timeline of what was done and what falls due. Discloses personal data, so the read is audited.
/// </summary>
internal sealed record GetCaseQuery(Guid CaseId) : IQuery<CaseDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => CaseId.ToString();
}

internal sealed record CaseDetails(
    Guid Id,
    string LinkageNumber,
    MatterKind Kind,
    IntakeChannel Channel,
    string? ChannelReference,
    EmployerDetails Employer,
    string DivisionCode,
    string DistrictName,
    ViolationCategory Category,
    string Facts,
    decimal? AmountInvolved,
    DateOnly? ViolationStartedOn,
    DateOnly? ViolationEndedOn,
    IReadOnlyList<WorkerDetails> Workers,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    CaseStatus Status,
    DateTimeOffset? AcceptanceDecidedAt,
    string? AcceptanceNumber,
    string? FilingNumber,
    NonAcceptanceDetails? NonAcceptance,
    IReadOnlyList<InquiryDetails> Inquiries,
    IReadOnlyList<StatementDetails> Statements,
    IReadOnlyList<OrderDetails> Orders,
    PenaltyDetails? Penalty,
    IReadOnlyList<LegalAidReferralDetails> LegalAidReferrals,
    IReadOnlyList<ArbitrationReferralDetails> ArbitrationReferrals,
    ClosureDetails? Closure,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<TimelineEntry> Timeline) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string KindName => InspectionText.Kind(Kind);

    public string ChannelName => InspectionText.Channel(Channel);

    public string CategoryName => InspectionText.Category(Category);

    public string StatusName => InspectionText.Status(Status);

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.Investigating;

    /// <summary>Workers that can be referred (identified, with a phone).</summary>
    public IEnumerable<WorkerDetails> ReferableWorkers => Workers.Where(w => w.ResidentIdNumber is not null && w.Phone is not null);
}

internal sealed record EmployerDetails(string Name, string? CreditCode, string? Address);

internal sealed record WorkerDetails(Guid Id, string Name, string? ResidentIdNumber, string? Phone, bool IsMigrantWorker);

internal sealed record NonAcceptanceDetails(NonAcceptanceGround Ground, string Reason, Guidance Guidance, string? GuidanceNote, string Number)
{
    public string GroundName => InspectionText.Ground(Ground);

    public string GuidanceName => InspectionText.Guidance(Guidance);
}

internal sealed record InquiryDetails(Guid Id, string Number, DateTimeOffset AppearAt, string Place, string Materials, DateTimeOffset IssuedAt);

internal sealed record StatementDetails(StatementKind Kind, string Summary, DateOnly ReceivedOn, string RecordedBy)
{
    public string KindName => InspectionText.Statement(Kind);
}

internal sealed record OrderDetails(
    Guid Id, string Number, OrderKind Kind, string Requirements, decimal? Amount, int PeriodDays, DateOnly DueDate, DateTimeOffset DueAt, DateTimeOffset IssuedAt,
    OrderStatus Status, decimal? AmountPaid, string? ComplianceNote, bool CompliedLate, DateTimeOffset? ComplianceRecordedAt)
{
    public string KindName => InspectionText.Order(Kind);

    public string StatusName => InspectionText.OrderStatus(Status) + (CompliedLate ? "（逾期后履行）" : string.Empty);
}

internal sealed record PenaltyDetails(
    string Description, decimal? Amount, DateTimeOffset ProposedAt, DateOnly HearingRequestDueDate, DateTimeOffset HearingRequestDueAt,
    DateTimeOffset? HearingRequestedAt, DateOnly? HearingHeldOn, DateTimeOffset? DecidedAt, string? Decision, decimal? DecidedAmount);

internal sealed record LegalAidReferralDetails(
    Guid Id, string WorkerName, ReferralStatus Status, DateTimeOffset ConsentRecordedAt, string ConsentRecordedBy, DateTimeOffset? DecidedAt, bool? DecidedInTime,
    string? LawyerName, string? LawFirm, string? LawyerPhone, string? RefusalReason)
{
    public string StatusName => InspectionText.Referral(Status);
}

internal sealed record ArbitrationReferralDetails(Guid Id, string WorkerName, ArbitrationReferralReason Reason, string? Note, DateTimeOffset ReferredAt, string ReferredBy)
{
    public string ReasonName => InspectionText.ArbitrationReason(Reason);
}

internal sealed record ClosureDetails(ClosureOutcome Outcome, decimal? WagesRecovered, int? WorkersCovered, string Summary, DateTimeOffset ClosedAt, string ClosedBy)
{
    public string OutcomeName => InspectionText.Outcome(Outcome);
}

/// <summary>One line of the timeline: something done (<see cref="TimelineKind.Done"/>) or a due time (open, met, missed).</summary>
internal sealed record TimelineEntry(DateTimeOffset At, TimelineKind Kind, string Text, string? By);

internal enum TimelineKind
{
    Done,
    Due,
    DueMet,
    DueMissed,
}

internal sealed class GetCaseHandler(InspectionDbContext db, IMediator mediator, IOptions<DeploymentOptions> deployment)
    : IRequestHandler<GetCaseQuery, CaseDetails>
{
    public async Task<CaseDetails> Handle(GetCaseQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking()
            .Include(x => x.Workers)
            .Include(x => x.Events)
            .Include(x => x.Orders)
            .Include(x => x.Inquiries)
            .Include(x => x.Statements)
            .Include(x => x.LegalAidReferrals)
            .Include(x => x.ArbitrationReferrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException("监察案件", request.CaseId);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<InspectionDbContext>(DeadlineFilter.All, c.Id), cancellationToken);
        string Name(Guid workerId) => c.Workers.Single(w => w.Id == workerId).Name;

        return new CaseDetails(
            c.Id,
            c.LinkageNumber,
            c.Kind,
            c.Channel,
            c.ChannelReference,
            new EmployerDetails(c.Employer.Name, c.Employer.CreditCode, c.Employer.Address),
            c.DivisionCode,
            Districts.Name(c.DivisionCode, deployment.Value.DivisionCode),
            c.Category,
            c.Facts,
            c.AmountInvolved,
            c.ViolationStartedOn,
            c.ViolationEndedOn,
            [.. c.Workers.OrderBy(w => w.Position).Select(w => new WorkerDetails(w.Id, w.Name, w.ResidentIdNumber, w.Phone, w.IsMigrantWorker))],
            c.ReceivedAt,
            c.ReceivedBy,
            c.Status,
            c.AcceptanceDecidedAt,
            c.AcceptanceNumber,
            c.FilingNumber,
            c.NonAcceptanceGround is { } ground ? new NonAcceptanceDetails(ground, c.NonAcceptanceReason!, c.Guidance, c.GuidanceNote, c.NonAcceptanceNumber!) : null,
            [.. c.Inquiries.OrderBy(i => i.IssuedAt).Select(i => new InquiryDetails(i.Id, i.Number, i.AppearAt, i.Place, i.Materials, i.IssuedAt))],
            [.. c.Statements.OrderBy(s => s.RecordedAt).Select(s => new StatementDetails(s.Kind, s.Summary, s.ReceivedOn, s.RecordedBy))],
            [.. c.Orders.OrderBy(o => o.IssuedAt).Select(o => new OrderDetails(
                o.Id, o.Number, o.Kind, o.Requirements, o.Amount, o.PeriodDays, o.DueDate, o.DueAt, o.IssuedAt, o.Status, o.AmountPaid, o.ComplianceNote, o.CompliedLate, o.ComplianceRecordedAt))],
            c.Penalty is { } p
                ? new PenaltyDetails(p.Description, p.Amount, p.ProposedAt, p.HearingRequestDueDate, p.HearingRequestDueAt, p.HearingRequestedAt, p.HearingHeldOn, p.DecidedAt, p.Decision, p.DecidedAmount)
                : null,
            [.. c.LegalAidReferrals.OrderBy(r => r.ConsentRecordedAt).Select(r => new LegalAidReferralDetails(
                r.Id, Name(r.WorkerId), r.Status, r.ConsentRecordedAt, r.ConsentRecordedBy, r.DecidedAt, r.DecidedInTime, r.LawyerName, r.LawFirm, r.LawyerPhone, r.RefusalReason))],
            [.. c.ArbitrationReferrals.Select(r => new ArbitrationReferralDetails(r.Id, Name(r.WorkerId), r.Reason, r.Note, r.ReferredAt, r.ReferredBy))],
            c.Outcome is { } outcome ? new ClosureDetails(outcome, c.WagesRecovered, c.WorkersCovered, c.ClosureSummary!, c.ClosedAt!.Value, c.ClosedBy!) : null,
            deadlines,
            Timeline(c, deadlines));
    }

    /// <summary>What was done, in order, and every due time of the case: the agency's deadlines, the orders' periods and the hearing window.</summary>
    private static List<TimelineEntry> Timeline(InspectionCase c, IReadOnlyList<DeadlineView> deadlines)
    {
        var entries = c.Events.OrderBy(e => e.At).ThenBy(e => e.Sequence).Select(e => new TimelineEntry(e.At, TimelineKind.Done, e.Text, e.By)).ToList();
        foreach (var d in deadlines.Where(d => d.State != DeadlineState.Cancelled))
        {
            var kind = d.State switch
            {
                DeadlineState.Completed => d.CompletedInTime() ? TimelineKind.DueMet : TimelineKind.DueMissed,
                DeadlineState.Missed => TimelineKind.DueMissed,
                _ => TimelineKind.Due,
            };
            entries.Add(new TimelineEntry(d.DueAt, kind, $"期限：{d.Title}（{d.Period}{(d.Extended ? "，已延长" : string.Empty)}）— {d.StateName}", null));
        }

        foreach (var o in c.Orders)
        {
            var kind = o.Status switch
            {
                OrderStatus.Complied => o.CompliedLate ? TimelineKind.DueMissed : TimelineKind.DueMet,
                OrderStatus.Overdue => TimelineKind.DueMissed,
                _ => TimelineKind.Due,
            };
            entries.Add(new TimelineEntry(o.DueAt, kind, $"用人单位履行{InspectionText.Order(o.Kind)}（{o.Number}）的期限（{o.PeriodDays}日）— {InspectionText.OrderStatus(o.Status)}", null));
        }

        if (c.Penalty is { } p)
        {
            var kind = p.HearingRequestedAt is not null ? TimelineKind.DueMet : TimelineKind.Due;
            entries.Add(new TimelineEntry(
                p.HearingRequestDueAt, kind, $"用人单位要求听证的期限（5个工作日，《行政处罚法》第六十四条）— {(p.HearingRequestedAt is null ? "未要求听证" : "已要求听证")}", null));
        }

        return [.. entries.OrderBy(e => e.At)];
    }
}

internal static class DeadlineViewExtensions
{
    public static bool CompletedInTime(this DeadlineView deadline) =>
        deadline.CompletedAt is { } done && done < deadline.DueAt && !deadline.LateUnderPolicy;
}

internal sealed class GetCaseEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCaseQuery(id), ct));
}
