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

internal sealed class LawyerEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lawyers", (bool? activeOnly, string? q, int? pageNumber, int? pageSize, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListLawyersQuery(activeOnly ?? true, q, PageRequest.From(pageNumber, pageSize)), ct));
        api.MapPost("/lawyers", async (AddLawyerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/legalaid/lawyers/{id}", new AddedLawyer(id));
        });
    }
}
