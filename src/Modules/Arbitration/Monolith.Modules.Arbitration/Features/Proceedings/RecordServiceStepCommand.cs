using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Proceedings;

internal enum ServiceStep
{
    /// <summary>被申请人签收仲裁申请书副本: discharges the 5-day service duty, starts the 10-day defence period.</summary>
    ApplicationCopyReceived = 1,

    /// <summary>收到答辩书: ends the defence period, starts the 5-day duty to serve its copy on the applicant.</summary>
    DefenceReceived = 2,

    /// <summary>答辩书副本送达申请人.</summary>
    DefenceCopyServed = 3,
}

/// <summary>送达与答辩 (调解仲裁法 第三十条): each step on the day it happened (送达回证), and the periods it starts or ends.</summary>
internal sealed record RecordServiceStepCommand(Guid ApplicationId, ServiceStep Step, DateOnly? On) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class RecordServiceStepValidator : AbstractValidator<RecordServiceStepCommand>
{
    public RecordServiceStepValidator(DeploymentClock clock)
    {
        RuleFor(c => c.Step).IsInEnum().WithName("送达事项");
        RuleFor(c => c.On).NotNull().WithName("日期");
        RuleFor(c => c.On).Must(d => d <= clock.Today).When(c => c.On is not null).WithMessage("日期不能晚于今天。");
    }
}

internal sealed class RecordServiceStepHandler(ArbitrationDbContext db, DeadlineTracker deadlines, DeploymentClock clock)
    : IRequestHandler<RecordServiceStepCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordServiceStepCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var on = request.On!.Value;
        var subject = DeadlineSubjects.For(application);
        switch (request.Step)
        {
            case ServiceStep.ApplicationCopyReceived:
                application.RecordApplicationCopyServed(on);
                await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.ServeRespondent, cancellationToken);
                await deadlines.StartAsync(db, ArbitrationDeadlineRules.Defence, clock.StartOfDay(on), subject, cancellationToken);
                break;
            case ServiceStep.DefenceReceived:
                application.RecordDefence(on);
                await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.Defence, cancellationToken);
                await deadlines.StartAsync(db, ArbitrationDeadlineRules.ServeDefenceCopy, clock.StartOfDay(on), subject, cancellationToken);
                break;
            default:
                application.RecordDefenceCopyServed(on);
                await deadlines.CompleteAsync(db, application.Id, ArbitrationDeadlineRules.ServeDefenceCopy, cancellationToken);
                break;
        }

        return MediatR.Unit.Value;
    }
}

internal sealed record RecordServiceStepBody(ServiceStep Step, DateOnly? On);

internal sealed class RecordServiceStepEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/service", async (Guid id, RecordServiceStepBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordServiceStepCommand(id, body.Step, body.On), ct);
            return TypedResults.NoContent();
        });
}
