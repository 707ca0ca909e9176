using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Cases;

internal static class CaseNames
{
    public static string Channel(ServiceChannel channel) => channel switch
    {
        ServiceChannel.ServicePoint => "“三师一室”服务点",
        ServiceChannel.StaffServiceCentre => "职工服务中心",
        ServiceChannel.Hotline12351 => "12351 职工服务热线",
        ServiceChannel.PlatformWorkerStation => "新就业形态劳动者服务站点",
        _ => channel.ToString(),
    };

    public static string Status(ConsultationStatus status) => status == ConsultationStatus.Closed ? "已办结" : "跟进中";

    public static string Referral(UnionReferralStatus status) => status switch
    {
        UnionReferralStatus.AwaitingDecision => "法律援助机构审查中",
        UnionReferralStatus.Granted => "已给予法律援助",
        UnionReferralStatus.Refused => "不予法律援助",
        _ => status.ToString(),
    };
}

internal sealed record ConsultationListItem(
    Guid Id, string LinkageNumber, ServiceChannel Channel, string WorkerName, string? WorkerIdNumber, bool IsPlatformWorker, string? EmployerName,
    DateTimeOffset ReceivedAt, ConsultationStatus Status, int FollowUps)
{
    public string ChannelName => CaseNames.Channel(Channel);

    public string StatusName => CaseNames.Status(Status);
}

/// <summary>The union's consultations, newest first, identity numbers masked; filtered by status and channel. Audited (names).</summary>
internal sealed record ListConsultationsQuery(ConsultationStatus? Status = null, ServiceChannel? Channel = null) : IQuery<IReadOnlyList<ConsultationListItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "工会咨询列表";
}

internal sealed class ListConsultationsHandler(UnionDbContext db) : IRequestHandler<ListConsultationsQuery, IReadOnlyList<ConsultationListItem>>
{
    public async Task<IReadOnlyList<ConsultationListItem>> Handle(ListConsultationsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Consultations.AsNoTracking();
        if (request.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (request.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        var rows = await query.OrderByDescending(c => c.ReceivedAt).Take(200).ToListAsync(cancellationToken);
        return rows.ConvertAll(c => new ConsultationListItem(
            c.Id, c.LinkageNumber, c.Channel, c.Worker.Name, c.Worker.ResidentIdNumber is { } id ? ResidentIdNumber.Mask(id) : null, c.Worker.IsPlatformWorker,
            c.EmployerName, c.ReceivedAt, c.Status, c.FollowUps.Count));
    }
}

internal sealed record ConsultationDetails(
    Guid Id, string LinkageNumber, ServiceChannel Channel, ConsultingWorker Worker, string? EmployerName, string? EmployerCreditCode, string Question, string? Answer,
    DateTimeOffset ReceivedAt, string ReceivedBy, ConsultationStatus Status, DateTimeOffset? ClosedAt, string? UnionLawyerName, string? UnionLawFirm,
    IReadOnlyList<FollowUp> FollowUps, IReadOnlyList<UnionLegalAidReferral> Referrals) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public string ChannelName => CaseNames.Channel(Channel);

    public string StatusName => CaseNames.Status(Status);

    public bool CanRefer => Status == ConsultationStatus.Open && !Referrals.Any(r => r.Status is UnionReferralStatus.AwaitingDecision or UnionReferralStatus.Granted);
}

/// <summary>One consultation in full, for the union's own staff: a read of personal data, audited.</summary>
internal sealed record GetConsultationQuery(Guid ConsultationId) : IQuery<ConsultationDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => ConsultationId.ToString();
}

internal sealed class GetConsultationHandler(UnionDbContext db) : IRequestHandler<GetConsultationQuery, ConsultationDetails>
{
    public async Task<ConsultationDetails> Handle(GetConsultationQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking().Include(x => x.Referrals).SingleOrDefaultAsync(x => x.Id == request.ConsultationId, cancellationToken)
            ?? throw new NotFoundException("咨询", request.ConsultationId);
        return new ConsultationDetails(
            c.Id, c.LinkageNumber, c.Channel, c.Worker, c.EmployerName, c.EmployerCreditCode, c.Question, c.Answer, c.ReceivedAt, c.ReceivedBy, c.Status, c.ClosedAt,
            c.UnionLawyerName, c.UnionLawFirm, [.. c.FollowUps.OrderBy(f => f.At)], [.. c.Referrals.OrderBy(r => r.ConsentRecordedAt)]);
    }
}

internal sealed class ConsultationQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/consultations", (ConsultationStatus? status, ServiceChannel? channel, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListConsultationsQuery(status, channel), ct));
        api.MapGet("/consultations/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetConsultationQuery(id), ct));
    }
}
