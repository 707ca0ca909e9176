using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Proceedings;

/// <summary>简易处理 on a basis of 办案规则 第五十六条, or back to the ordinary procedure (null); the award period still counts from acceptance (第六十一条).</summary>
internal sealed record DecideProcedureCommand(Guid ApplicationId, SimplifiedBasis? Simplified) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class DecideProcedureValidator : AbstractValidator<DecideProcedureCommand>
{
    public DecideProcedureValidator() => RuleFor(c => c.Simplified).IsInEnum().WithName("简易处理依据");
}

internal sealed class DecideProcedureHandler(ArbitrationDbContext db, IOptions<ArbitrationOptions> options) : IRequestHandler<DecideProcedureCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DecideProcedureCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Claims).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        application.DecideProcedure(request.Simplified, options.Value.ProvincialAverageAnnualWage);
        return MediatR.Unit.Value;
    }
}

internal sealed record DecideProcedureBody(SimplifiedBasis? Simplified);

internal sealed class DecideProcedureEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/procedure", async (Guid id, DecideProcedureBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecideProcedureCommand(id, body.Simplified), ct);
            return TypedResults.NoContent();
        });
}
