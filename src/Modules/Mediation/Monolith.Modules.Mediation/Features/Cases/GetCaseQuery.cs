using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Cases;

/// <summary>One case in full, with its timeline and deadlines, for the mediation staff. Discloses personal data: audited.</summary>
internal sealed record GetCaseQuery(Guid CaseId) : IQuery<CaseDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => CaseId.ToString();
}

internal sealed record CaseDetails(
    Guid Id,
    string LinkageNumber,
    CaseStatus Status,
    CaseChannel Channel,
    Worker Applicant,
    Employer Respondent,
    IReadOnlyList<ClaimView> Claims,
    Guid? OrganisationId,
    string? OrganisationName,
    bool ByEnterpriseCommittee,
    Guid? MediatorId,
    string? MediatorName,
    Entrustment? Entrustment,
    Guid? NegotiationId,
    DateTimeOffset ReceivedAt,
    string RegisteredBy,
    DateTimeOffset? AcceptedAt,
    string? NotAcceptedReason,
    IReadOnlyList<MediationSession> Sessions,
    IReadOnlyList<CaseExpert> Experts,
    Domain.Agreement? Agreement,
    IReadOnlyList<FollowUpVisit> FollowUps,
    DateTimeOffset? FollowUpDueSince,
    DateOnly? PerformedOn,
    DateOnly? NotPerformedOn,
    string? NonPerformanceNote,
    DateTimeOffset? GuidedToArbitrationAt,
    PaymentOrder? PaymentOrder,
    CaseLegalAidReferral? LegalAidReferral,
    ConfirmationRoute? ConfirmationRoute,
    JudicialConfirmation? JudicialConfirmation,
    ArbitrationReview? ArbitrationReview,
    MediationFailureReason? FailureReason,
    string FailureText,
    string? EndNote,
    DateTimeOffset? ConcludedAt,
    DateTimeOffset? ResultReportedAt,
    bool AllowsPaymentOrder,
    string AgreementNumber,
    string NoticeNumber,
    string TerminationNumber,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<TimelineEntry> Timeline) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string StatusName => MediationNames.Status(Status);

    public string ChannelName => MediationNames.Channel(Channel);

    public bool IsOpen => Status is CaseStatus.Received or CaseStatus.InMediation;

    public bool AgreementEffective => Agreement?.EffectiveAt is not null;

    /// <summary>Which printable documents exist now.</summary>
    public bool HasAgreementDocument => Agreement is not null;

    public bool HasFulfilmentNotice => Agreement?.NoticeIssuedAt is not null;

    public bool HasTermination => Status == CaseStatus.Failed;

    public decimal? ClaimedTotal => Claims.Any(c => c.Amount is not null) ? Claims.Sum(c => c.Amount ?? 0) : null;
}

internal sealed record ClaimView(MediationClaimKind Kind, decimal? Amount, string? Description)
{
    public string KindName => MediationNames.Claim(Kind);
}

/// <summary>One step of the case as it happened, oldest first.</summary>
internal sealed record TimelineEntry(DateTimeOffset At, string What, string? Detail);

internal sealed class GetCaseHandler(MediationDbContext db, IMediator mediator) : IRequestHandler<GetCaseQuery, CaseDetails>
{
    public async Task<CaseDetails> Handle(GetCaseQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking()
            .Include(x => x.Claims)
            .Include(x => x.Sessions)
            .Include(x => x.Experts)
            .Include(x => x.FollowUps)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException("调解案件", request.CaseId);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<MediationDbContext>(DeadlineFilter.All, c.Id), cancellationToken);
        return new CaseDetails(
            c.Id, c.LinkageNumber, c.Status, c.Channel, c.Applicant, c.Respondent,
            [.. c.Claims.Select(x => new ClaimView(x.Kind, x.Amount, x.Description))],
            c.OrganisationId, c.OrganisationName, c.ByEnterpriseCommittee, c.MediatorId, c.MediatorName, c.Entrustment, c.NegotiationId,
            c.ReceivedAt, c.RegisteredBy, c.AcceptedAt, c.NotAcceptedReason,
            [.. c.Sessions.OrderBy(s => s.HeldAt)], c.Experts, c.Agreement, [.. c.FollowUps.OrderBy(f => f.VisitedOn)], c.FollowUpDueSince,
            c.PerformedOn, c.NotPerformedOn, c.NonPerformanceNote, c.GuidedToArbitrationAt, c.PaymentOrder, c.LegalAidReferral,
            c.ConfirmationRoute, c.JudicialConfirmation, c.ArbitrationReview, c.FailureReason, c.FailureText, c.EndNote, c.ConcludedAt, c.ResultReportedAt,
            c.AllowsPaymentOrder, DocumentNumbers.Agreement(c), DocumentNumbers.FulfilmentNotice(c), DocumentNumbers.Termination(c),
            deadlines, Timeline(c));
    }

    private static List<TimelineEntry> Timeline(MediationCase c)
    {
        var entries = new List<TimelineEntry>();
        if (c.Entrustment is { } entrustment)
        {
            entries.Add(new(entrustment.EntrustedAt, $"{entrustment.EntrustingAgencyName}{MediationNames.Entrustment(entrustment.Kind)}", $"对方案号 {entrustment.CaseReference}，经办人 {entrustment.EntrustedBy}"));
        }

        entries.Add(new(c.ReceivedAt, "收到调解申请", $"{MediationNames.Channel(c.Channel)}，登记人 {c.RegisteredBy}"));
        if (c.AcceptedAt is { } accepted)
        {
            entries.Add(new(accepted, "受理", $"{c.OrganisationName}，调解员 {c.MediatorName}"));
        }

        if (c.NotAcceptedAt is { } notAccepted)
        {
            entries.Add(new(notAccepted, "不予受理", c.NotAcceptedReason));
        }

        entries.AddRange(c.Experts.Select(e => new TimelineEntry(e.InvitedAt, "邀请专家参与调解", $"{e.Name}（{e.Field}）")));
        entries.AddRange(c.Sessions.Select(s => new TimelineEntry(s.HeldAt, "调解", $"{s.Place}；参加人员：{s.Participants}")));
        if (c.Agreement is { } agreement)
        {
            entries.Add(new(agreement.DraftedAt, "拟定调解协议书", $"履行期限 {PageText.Date(agreement.PerformanceDueDate)}"));
            if (agreement.EffectiveAt is { } effective)
            {
                entries.Add(new(effective, "调解协议生效", $"双方当事人签字确认，{DocumentNumbers.Agreement(c)}"));
            }

            if (agreement.NoticeIssuedAt is { } notice)
            {
                entries.Add(new(notice, "发放履行告知书", DocumentNumbers.FulfilmentNotice(c)));
            }
        }

        if (c.ResultReportedAt is { } reported && c.Entrustment is { } e2)
        {
            entries.Add(new(reported, "向委托机构反馈调解结果", e2.EntrustingAgencyName));
        }

        entries.AddRange(c.FollowUps.Select(f => new TimelineEntry(f.RecordedAt, "回访", $"{PageText.Date(f.VisitedOn)}，{MediationNames.FollowUpMethod(f.Method)}：{MediationNames.Finding(f.Finding)}")));
        if (c.FollowUpDueSince is { } due)
        {
            entries.Add(new(due, "履行期限届满，待回访", null));
        }

        if (c.ArbitrationReview is { } review)
        {
            entries.Add(new(review.AppliedAt, "申请仲裁审查确认", null));
            if (review.DecidedAt is { } decided)
            {
                entries.Add(new(decided, MediationNames.Review(review.Decision!.Value), review.Reason ?? review.DocumentNumber));
            }
        }

        if (c.LegalAidReferral is { } referral)
        {
            entries.Add(new(referral.ReferredAt, "转介法律援助机构", null));
            if (referral.DecidedAt is { } decided)
            {
                entries.Add(new(decided, referral.Granted == true ? "法律援助机构给予法律援助" : "法律援助机构不予法律援助", referral.Granted == true ? referral.LawyerName : referral.RefusalReason));
            }
        }

        if (c.GuidedToArbitrationAt is { } guided)
        {
            entries.Add(new(guided, "引导劳动者申请仲裁", FailureReasons.ChineseName(MediationFailureReason.AgreementNotPerformed)));
        }

        if (c.Status == CaseStatus.Failed && c.ConcludedAt is { } ended)
        {
            entries.Add(new(ended, "调解终结", c.FailureText + (c.EndNote is null ? null : "；" + c.EndNote)));
        }

        return [.. entries.OrderBy(e => e.At)];
    }
}

internal sealed class GetCaseEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetCaseQuery(id), ct));
}
