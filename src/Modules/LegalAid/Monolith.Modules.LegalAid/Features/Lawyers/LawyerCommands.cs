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

internal sealed record LawyerView(Guid Id, string Name, string Firm, string Phone, bool IsActive);

/// <summary>法律援助人员名册: the lawyers who can be assigned.</summary>
internal sealed record ListLawyersQuery(bool ActiveOnly = true) : IQuery<IReadOnlyList<LawyerView>>;

internal sealed class ListLawyersHandler(LegalAidDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<ListLawyersQuery, IReadOnlyList<LawyerView>>
{
    public async Task<IReadOnlyList<LawyerView>> Handle(ListLawyersQuery request, CancellationToken cancellationToken) =>
        await db.Lawyers.AsNoTracking()
            .Where(l => !request.ActiveOnly || l.IsActive)
            .OrderBy(l => l.Firm).ThenBy(l => l.Name)
            .ProjectTo<LawyerView>(mapping)
            .ToListAsync(cancellationToken);
}

/// <summary>Adds a lawyer to the roster.</summary>
internal sealed record AddLawyerCommand(string? Name, string? Firm, string? Phone) : ICommand<Guid>;

internal sealed class AddLawyerValidator : AbstractValidator<AddLawyerCommand>
{
    public AddLawyerValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(32).WithName("姓名");
        RuleFor(c => c.Firm).NotEmpty().MaximumLength(100).WithName("执业机构");
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
internal sealed record LawyerWorkload(Guid Id, string Name, string Firm, string Phone, bool IsActive, int OpenCases, int TotalCases, IReadOnlyList<string> ActsFor, bool Conflict);

/// <summary>工作量: the roster with each member's open and total cases, fewest open first, for choosing whom to assign.</summary>
internal sealed record LawyerWorkloadQuery(string? EmployerName = null, string? EmployerCreditCode = null) : IQuery<IReadOnlyList<LawyerWorkload>>;

internal sealed class LawyerWorkloadHandler(LegalAidDbContext db) : IRequestHandler<LawyerWorkloadQuery, IReadOnlyList<LawyerWorkload>>
{
    public async Task<IReadOnlyList<LawyerWorkload>> Handle(LawyerWorkloadQuery request, CancellationToken cancellationToken)
    {
        var lawyers = await db.Lawyers.AsNoTracking().Include(l => l.Engagements).ToListAsync(cancellationToken);
        var counts = await db.Applications.AsNoTracking()
            .Where(a => a.LawyerId != null)
            .GroupBy(a => a.LawyerId!.Value)
            .Select(g => new { LawyerId = g.Key, Total = g.Count(), Open = g.Count(a => a.Status != LegalAidApplicationStatus.Closed && a.Status != LegalAidApplicationStatus.Refused && a.Status != LegalAidApplicationStatus.Withdrawn) })
            .ToListAsync(cancellationToken);
        var byLawyer = counts.ToDictionary(c => c.LawyerId);
        return lawyers
            .Select(l => new LawyerWorkload(
                l.Id, l.Name, l.Firm, l.Phone, l.IsActive,
                byLawyer.TryGetValue(l.Id, out var c) ? c.Open : 0,
                byLawyer.TryGetValue(l.Id, out var t) ? t.Total : 0,
                l.Engagements.Select(e => $"{e.EmployerName}（{e.Matter}）").ToList(),
                request.EmployerName is { } employer && l.ActsFor(employer, request.EmployerCreditCode)))
            .OrderByDescending(l => l.IsActive).ThenBy(l => l.OpenCases).ThenBy(l => l.Firm).ThenBy(l => l.Name)
            .ToList();
    }
}

internal sealed record EngagementBody(string? EmployerName, string? EmployerCreditCode, string? Matter);

internal sealed class LawyerEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lawyers/workload", (IMediator mediator, CancellationToken ct) => mediator.Send(new LawyerWorkloadQuery(), ct));
        api.MapPost("/lawyers/{id:guid}/engagements", async (Guid id, EngagementBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclareEngagementCommand(id, body.EmployerName, body.EmployerCreditCode, body.Matter), ct);
            return Results.NoContent();
        });
        api.MapGet("/lawyers", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListLawyersQuery(), ct));
        api.MapPost("/lawyers", async (AddLawyerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/legalaid/lawyers/{id}", new { id });
        });
    }
}
