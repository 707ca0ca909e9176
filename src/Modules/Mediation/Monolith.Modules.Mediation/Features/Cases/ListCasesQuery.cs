using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Cases;

internal enum CaseView
{
    /// <summary>待办: awaiting acceptance, in mediation, awaiting performance, or unperformed.</summary>
    Todo = 0,
    All = 1,
}

/// <summary>
/// The mediator's queue: cases newest first, with the next due time of each, identity numbers masked; filtered by
/// state, organisation, channel or entrusting agency. Names are personal data, so the read is audited.
/// </summary>
internal sealed record ListCasesQuery(
    CaseView View = CaseView.Todo,
    CaseStatus? Status = null,
    Guid? OrganisationId = null,
    CaseChannel? Channel = null,
    string? EntrustingModule = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize)
    : IQuery<Paged<CaseListItem>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "调解案件列表";
}

internal sealed record CaseListItem(
    Guid Id,
    string LinkageNumber,
    string ApplicantName,
    string ApplicantIdNumber,
    string RespondentName,
    string? OrganisationName,
    string? MediatorName,
    CaseChannel Channel,
    string? EntrustingAgencyName,
    DateTimeOffset ReceivedAt,
    CaseStatus Status,
    bool FollowUpDue,
    DateTimeOffset? NextDueAt,
    string? NextDueTitle)
{
    public string StatusName => MediationNames.Status(Status);

    public string ChannelName => MediationNames.Channel(Channel);
}

internal sealed class ListCasesHandler(MediationDbContext db) : IRequestHandler<ListCasesQuery, Paged<CaseListItem>>
{
    private static readonly CaseStatus[] Todo = [CaseStatus.Received, CaseStatus.InMediation, CaseStatus.Agreed, CaseStatus.NotPerformed];

    public async Task<Paged<CaseListItem>> Handle(ListCasesQuery request, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking();
        if (request.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        else if (request.View == CaseView.Todo)
        {
            cases = cases.Where(c => Todo.Contains(c.Status));
        }

        if (request.OrganisationId is { } organisationId)
        {
            cases = cases.Where(c => c.OrganisationId == organisationId);
        }

        if (request.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (!string.IsNullOrWhiteSpace(request.EntrustingModule))
        {
            cases = cases.Where(c => c.Entrustment!.EntrustingModule == request.EntrustingModule);
        }

        var page = await cases.OrderByDescending(c => c.ReceivedAt)
            .Select(c => new
            {
                c.Id,
                c.LinkageNumber,
                ApplicantName = c.Applicant.Name,
                ApplicantIdNumber = c.Applicant.ResidentIdNumber,
                RespondentName = c.Respondent.Name,
                c.OrganisationName,
                c.MediatorName,
                c.Channel,
                EntrustingAgencyName = c.Entrustment == null ? null : c.Entrustment.EntrustingAgencyName,
                c.ReceivedAt,
                c.Status,
                c.FollowUpDueSince,
            })
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken);

        var ids = page.Items.Select(c => c.Id).ToList();
        var pending = await db.Deadlines.AsNoTracking()
            .Where(d => ids.Contains(d.SubjectId) && d.CompletedAt == null && d.CancelledAt == null)
            .Select(d => new { d.SubjectId, d.DueAt, d.Title })
            .ToListAsync(cancellationToken);
        var next = pending.GroupBy(d => d.SubjectId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.DueAt).First());

        return new Paged<CaseListItem>(
            [.. page.Items.Select(c => new CaseListItem(
                c.Id,
                c.LinkageNumber,
                c.ApplicantName,
                ResidentIdNumber.Mask(c.ApplicantIdNumber),
                c.RespondentName,
                c.OrganisationName,
                c.MediatorName,
                c.Channel,
                c.EntrustingAgencyName,
                c.ReceivedAt,
                c.Status,
                c.FollowUpDueSince is not null,
                next.GetValueOrDefault(c.Id)?.DueAt,
                next.GetValueOrDefault(c.Id)?.Title))],
            page.Page,
            page.PageSize,
            page.Total);
    }
}

internal sealed class ListCasesEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases", (CaseView? view, CaseStatus? status, Guid? organisationId, CaseChannel? channel, string? entrustingModule, int? page, int? pageSize,
            IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListCasesQuery(view ?? CaseView.Todo, status, organisationId, channel, entrustingModule, page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));
}
