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
        api.MapGet("/lawyers", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListLawyersQuery(), ct));
        api.MapPost("/lawyers", async (AddLawyerCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/legalaid/lawyers/{id}", new { id });
        });
    }
}
