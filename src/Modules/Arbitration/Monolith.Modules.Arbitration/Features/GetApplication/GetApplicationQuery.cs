using AutoMapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.GetApplication;

/// <summary>One application in full, for the arbitration institution's own staff. Discloses personal data, so it is audited.</summary>
internal sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => ApplicationId.ToString();
}

internal sealed record ApplicationDetails(
    Guid Id,
    string LinkageNumber,
    ApplicationStatus Status,
    WorkerDetails Applicant,
    EmployerDetails Respondent,
    IReadOnlyList<ClaimDetails> Claims,
    DateTimeOffset ReceivedAt,
    string RegisteredBy,
    DateTimeOffset? AcceptanceDecidedAt,
    string? RejectionReason,
    NoticeDetails? Notice,
    IReadOnlyList<ReferralDetails> Referrals,
    ApplicationChannel Channel,
    LinkedFromDetails? LinkedFrom) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string StatusName => ArbitrationNames.Status(Status);

    public string ChannelName => ArbitrationNames.Channel(Channel);

    public IReadOnlyList<DeadlineView> Deadlines { get; init; } = [];

    /// <summary>The worker's agent (代理人) from legal aid: the latest lawyer assigned on a referral not refused, if any.</summary>
    public ReferralDetails? LegalAidAgent =>
        Referrals.Where(r => r.Status != ReferralStatus.Refused && r.LawyerName is not null).MaxBy(r => r.LawyerAssignedAt);

    public bool CanReferToLegalAid => !Referrals.Any(r => r.Status is ReferralStatus.AwaitingDecision or ReferralStatus.Granted);
}

/// <summary>The agency that sent a draft of the linkage channel, why, and when the worker first sought relief.</summary>
internal sealed record LinkedFromDetails(string AgencyName, string CaseReference, string Reason, DateOnly? ReliefFirstSoughtOn, DateTimeOffset ReferredAt, string ReferredBy);

internal sealed record WorkerDetails(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

internal sealed record EmployerDetails(string Name, string CreditCode);

internal sealed record ClaimDetails(ClaimType Type, decimal? Amount, string? Description)
{
    public string TypeName => ClaimTypes.ChineseName(Type);
}

internal sealed record NoticeDetails(string Arbitrators, DateOnly DefenceDueDate, DateOnly EvidenceDueDate, DateTimeOffset HearingAt, string HearingPlace, DateTimeOffset IssuedAt);

internal sealed record ReferralDetails(
    Guid Id,
    ReferralStatus Status,
    DateTimeOffset ConsentRecordedAt,
    string ConsentRecordedBy,
    DateTimeOffset? DecidedAt,
    bool? DecidedInTime,
    string? LawyerName,
    string? LawFirm,
    string? LawyerPhone,
    string? RefusalReason,
    DateTimeOffset? LawyerAssignedAt,
    bool LawyerReplaced)
{
    public string StatusName => ArbitrationNames.Referral(Status);
}

internal sealed class GetApplicationHandler(ArbitrationDbContext db, IMapper mapper, IMediator mediator) : IRequestHandler<GetApplicationQuery, ApplicationDetails>
{
    public async Task<ApplicationDetails> Handle(GetApplicationQuery request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Claims)
            .Include(a => a.Referrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var all = new PageRequest(1, PageRequest.MaxSize);
        var deadlines = (await mediator.Send(new ListDeadlinesQuery<ArbitrationDbContext>(DeadlineFilter.All, application.Id, all), cancellationToken)).Items.ToList();

        // The hearings' own periods (notice, postponement window) are tracked per hearing: shown with the case's.
        var hearingIds = await db.Applications.Where(a => a.Id == application.Id).SelectMany(a => a.Hearings).OrderBy(h => h.Ordinal).Select(h => h.Id).ToListAsync(cancellationToken);
        foreach (var hearingId in hearingIds)
        {
            deadlines.AddRange((await mediator.Send(new ListDeadlinesQuery<ArbitrationDbContext>(DeadlineFilter.All, hearingId, all), cancellationToken)).Items);
        }

        return mapper.Map<ApplicationDetails>(application) with { Deadlines = deadlines };
    }
}

internal sealed class GetApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetApplicationQuery(id), ct));
}
