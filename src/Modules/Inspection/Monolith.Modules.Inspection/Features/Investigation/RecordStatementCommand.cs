using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Investigation;

/// <summary>Records the employer's statement (陈述、申辩, 监察条例 第十九条), the documents it handed over, or an inquiry record.</summary>
internal sealed record RecordStatementCommand(Guid CaseId, StatementKind Kind, string? Summary, DateOnly? ReceivedOn) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordStatementValidator : AbstractValidator<RecordStatementCommand>
{
    public RecordStatementValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithName("类型");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(2000).WithName("内容摘要");
        RuleFor(c => c.ReceivedOn).NotNull().WithName("收到日期");
    }
}

internal sealed class RecordStatementHandler(InspectionDbContext db, DeploymentClock clock, ICurrentUser user) : IRequestHandler<RecordStatementCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordStatementCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        matter.RecordStatement(Guid.CreateVersion7(now), request.Kind, request.Summary!.Trim(), request.ReceivedOn!.Value, clock.Today, now, user.UserName);
        return MediatR.Unit.Value;
    }
}

internal sealed record RecordStatementBody(StatementKind Kind, string? Summary, DateOnly? ReceivedOn);

internal sealed class RecordStatementEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/statements", async (Guid id, RecordStatementBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordStatementCommand(id, body.Kind, body.Summary, body.ReceivedOn), ct);
            return TypedResults.NoContent();
        });
}
