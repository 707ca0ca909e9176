using AutoMapper.QueryableExtensions;
using AutoMapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Lawyers;

internal sealed record LawyerView(Guid Id, string Name, string Firm, string Phone, bool IsActive) : IAuditShownItem
{
    string IAuditShownItem.AuditKey => $"lawyer:{Id}";
}

/// <summary>
/// 法律援助人员名册: the lawyers who can be assigned, by firm and name, one page at a time, optionally matching a name or
/// firm. Names and mobile numbers are personal data: the read is audited with the lawyers it showed.
/// </summary>
internal sealed record ListLawyersQuery(bool ActiveOnly = true, string? Search = null, PageRequest? Paging = null) : IQuery<Paged<LawyerView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "法律援助人员名册";
}

internal sealed class ListLawyersHandler(LegalAidDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<ListLawyersQuery, Paged<LawyerView>>
{
    public async Task<Paged<LawyerView>> Handle(ListLawyersQuery request, CancellationToken cancellationToken)
    {
        var lawyers = db.Lawyers.AsNoTracking().Where(l => !request.ActiveOnly || l.IsActive);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            lawyers = lawyers.Where(l => l.Name.Contains(search) || l.Firm.Contains(search));
        }

        return await lawyers.OrderBy(l => l.Firm).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .ProjectTo<LawyerView>(mapping)
            .ToPagedAsync(request.Paging ?? PageRequest.First, cancellationToken);
    }
}

internal sealed record AddedLawyer(Guid Id);

/// <summary>Adds a lawyer to the roster.</summary>
internal sealed record AddLawyerCommand(string? Name, string? Firm, string? Phone) : ICommand<Guid>;

internal sealed class AddLawyerValidator : AbstractValidator<AddLawyerCommand>
{
    public AddLawyerValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(32).NameText().WithName("姓名");
        RuleFor(c => c.Firm).NotEmpty().MaximumLength(100).NameText().WithName("执业机构");
        RuleFor(c => c.Phone).ChinesePhoneNumber();
    }
}

internal sealed class AddLawyerHandler(LegalAidDbContext db, TimeProvider time) : IRequestHandler<AddLawyerCommand, Guid>
{
    public Task<Guid> Handle(AddLawyerCommand request, CancellationToken cancellationToken)
    {
        var lawyer = new Lawyer(Guid.CreateVersion7(time.GetUtcNow()), request.Name!.Trim(), request.Firm!.Trim(), request.Phone!.Trim());
        db.Lawyers.Add(lawyer);
        return Task.FromResult(lawyer.Id);
    }
}

/// <summary>Declares that a roster lawyer acts for an employer (in any matter), which the conflict check then reads.</summary>
internal sealed record DeclareEngagementCommand(Guid LawyerId, string? EmployerName, string? EmployerCreditCode, string? Matter) : ICommand<MediatR.Unit>;

internal sealed class DeclareEngagementValidator : AbstractValidator<DeclareEngagementCommand>
{
    public DeclareEngagementValidator()
    {
        RuleFor(c => c.EmployerName).NotEmpty().MaximumLength(100).WithName("用人单位");
        RuleFor(c => c.EmployerCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.EmployerCreditCode));
        RuleFor(c => c.Matter).NotEmpty().MaximumLength(200).WithName("代理事务");
    }
}

internal sealed class DeclareEngagementHandler(LegalAidDbContext db, TimeProvider time) : IRequestHandler<DeclareEngagementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclareEngagementCommand request, CancellationToken cancellationToken)
    {
        var lawyer = await db.Lawyers.Include(l => l.Engagements).SingleOrDefaultAsync(l => l.Id == request.LawyerId, cancellationToken)
            ?? throw new NotFoundException("法律援助人员", request.LawyerId);
        var now = time.GetUtcNow();
        lawyer.DeclareEngagement(new EmployerEngagement(
            Guid.CreateVersion7(now), request.EmployerName!.Trim(),
            string.IsNullOrWhiteSpace(request.EmployerCreditCode) ? null : request.EmployerCreditCode.Trim().ToUpperInvariant(), request.Matter!.Trim(), now));
        return MediatR.Unit.Value;
    }
}

/// <summary>One roster member's workload: open assignments (granted or advance aid, not closed), all-time assignments, and the employers acted for.</summary>
/// <param name="Conflict">Acts for the employer of the query's matter (the conflict check), so not assignable to it.</param>
internal sealed record LawyerWorkload(Guid Id, string Name, string Firm, string Phone, bool IsActive, int OpenCases, int TotalCases, IReadOnlyList<string> ActsFor, bool Conflict)
    : IAuditShownItem
{
    string IAuditShownItem.AuditKey => $"lawyer:{Id}";
}

/// <summary>
/// 工作量: the roster with each member's open and total cases, fewest open first, for choosing whom to assign; one page
/// at a time, optionally matching a name or firm. The order depends on the counts, so it is taken in memory: a roster
/// is hundreds of people, not millions. Names and phones are personal data: the read is audited.
/// </summary>
internal sealed record LawyerWorkloadQuery(string? EmployerName = null, string? EmployerCreditCode = null, string? Search = null, PageRequest? Paging = null)
    : IQuery<Paged<LawyerWorkload>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "法律援助人员工作量";
}

internal sealed class LawyerWorkloadHandler(LegalAidDbContext db) : IRequestHandler<LawyerWorkloadQuery, Paged<LawyerWorkload>>
{
    public async Task<Paged<LawyerWorkload>> Handle(LawyerWorkloadQuery request, CancellationToken cancellationToken)
    {
        var roster = db.Lawyers.AsNoTracking().Include(l => l.Engagements).AsQueryable();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            roster = roster.Where(l => l.Name.Contains(search) || l.Firm.Contains(search));
        }

        var lawyers = await roster.ToListAsync(cancellationToken);
        var counts = await db.Applications.AsNoTracking()
            .Where(a => a.LawyerId != null)
            .GroupBy(a => a.LawyerId!.Value)
            .Select(g => new { LawyerId = g.Key, Total = g.Count(), Open = g.Count(a => a.Status != LegalAidApplicationStatus.Closed && a.Status != LegalAidApplicationStatus.Refused && a.Status != LegalAidApplicationStatus.Withdrawn) })
            .ToListAsync(cancellationToken);
        var byLawyer = counts.ToDictionary(c => c.LawyerId);
        var ordered = lawyers
            .Select(l => new LawyerWorkload(
                l.Id, l.Name, l.Firm, l.Phone, l.IsActive,
                byLawyer.TryGetValue(l.Id, out var c) ? c.Open : 0,
                byLawyer.TryGetValue(l.Id, out var t) ? t.Total : 0,
                l.Engagements.Select(e => $"{e.EmployerName}（{e.Matter}）").ToList(),
                request.EmployerName is { } employer && l.ActsFor(employer, request.EmployerCreditCode)))
            .OrderByDescending(l => l.IsActive).ThenBy(l => l.OpenCases).ThenBy(l => l.Firm).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .ToList();
        return ordered.ToPaged(request.Paging ?? PageRequest.First);
    }
}

internal sealed record EngagementBody(string? EmployerName, string? EmployerCreditCode, string? Matter);

internal sealed class LawyerEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lawyers/workload", (string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new LawyerWorkloadQuery(Search: q, Paging: PageRequest.From(pageNumber, pageSize)), ct));
        api.MapPost("/lawyers/{id:guid}/engagements", async (Guid id, EngagementBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclareEngagementCommand(id, body.EmployerName, body.EmployerCreditCode, body.Matter), ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/lawyers", (bool? activeOnly, string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListLawyersQuery(activeOnly ?? true, q, PageRequest.From(pageNumber, pageSize)), ct));
        api.MapPost("/lawyers", async (AddLawyerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/legalaid/lawyers/{id}", new AddedLawyer(id));
        });
    }
}
