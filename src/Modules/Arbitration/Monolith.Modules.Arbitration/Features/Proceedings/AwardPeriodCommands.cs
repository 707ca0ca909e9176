using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Proceedings;

internal enum AwardPeriodAction
{
    /// <summary>中止审理 / 公告送达 from <see cref="ChangeAwardPeriodCommand.On"/>.</summary>
    Pause = 1,

    /// <summary>恢复审理 on <see cref="ChangeAwardPeriodCommand.On"/>.</summary>
    Resume = 2,

    /// <summary>重新计算审理期限 from <see cref="ChangeAwardPeriodCommand.On"/> (办案规则 第四十六条第（一）（三）（四）（五）项).</summary>
    Restart = 3,

    /// <summary>经仲裁委员会主任书面批准延长十五日.</summary>
    Extend = 4,
}

/// <summary>
/// 审理期限: pause (中止 or 公告送达), resume, restart, or extend the award period by the chair's written approval; the
/// tracked award deadline follows (<see cref="AwardDeadline"/>).
/// </summary>
internal sealed record ChangeAwardPeriodCommand(
    Guid ApplicationId,
    AwardPeriodAction Action,
    DateOnly? On,
    string? Reason,
    ClockPauseKind? PauseKind = null,
    string? ApprovedBy = null,
    string? ApprovalNumber = null)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class ChangeAwardPeriodValidator : AbstractValidator<ChangeAwardPeriodCommand>
{
    public ChangeAwardPeriodValidator(DeploymentClock clock)
    {
        RuleFor(c => c.Action).IsInEnum().WithName("操作");
        RuleFor(c => c.On).NotNull().WithName("日期");
        RuleFor(c => c.On).Must(d => d <= clock.Today).When(c => c.On is not null).WithMessage("日期不能晚于今天。");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Action != AwardPeriodAction.Resume).MaximumLength(500).WithName("事由");
        RuleFor(c => c.PauseKind).NotNull().IsInEnum().When(c => c.Action == AwardPeriodAction.Pause).WithName("中止事由类型");
        RuleFor(c => c.ApprovedBy).NotEmpty().When(c => c.Action == AwardPeriodAction.Extend).MaximumLength(64).WithName("批准人");
        RuleFor(c => c.ApprovalNumber).NotEmpty().When(c => c.Action == AwardPeriodAction.Extend).MaximumLength(64).WithName("书面批准文号");
    }
}

internal sealed class ChangeAwardPeriodHandler(ArbitrationDbContext db, AwardDeadline award, ICurrentUser user, DeploymentClock clock)
    : IRequestHandler<ChangeAwardPeriodCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ChangeAwardPeriodCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.ClockPauses).Include(a => a.LapsedExtensions).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var on = request.On!.Value;
        switch (request.Action)
        {
            case AwardPeriodAction.Pause:
                application.PauseClock(Guid.CreateVersion7(clock.UtcNow), request.PauseKind!.Value, on, request.Reason!.Trim());
                break;
            case AwardPeriodAction.Resume:
                application.ResumeClock(on);
                break;
            case AwardPeriodAction.Restart:
                application.RestartClock(Guid.CreateVersion7(clock.UtcNow), on, request.Reason!.Trim());
                break;
            default:
                var state = await award.StateAsync(application, cancellationToken);
                if (state.DueDate is not { } due || on > due || on < application.AwardClockStart)
                {
                    throw new RequestValidationException(new Dictionary<string, string[]>
                    {
                        ["on"] = [state.DueDate is { } d ? $"延长须在审理期限届满（{d:yyyy-MM-dd}）前批准。" : "审理期限中止期间无须延长。"],
                    });
                }

                application.ApproveExtension(new AwardExtensionApproval(request.ApprovedBy!.Trim(), request.ApprovalNumber!.Trim(), on, request.Reason!.Trim(), user.UserName));
                break;
        }

        await award.SyncAsync(db, application, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record ChangeAwardPeriodBody(AwardPeriodAction Action, DateOnly? On, string? Reason, ClockPauseKind? PauseKind, string? ApprovedBy, string? ApprovalNumber);

internal sealed class ChangeAwardPeriodEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/award-period", async (Guid id, ChangeAwardPeriodBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ChangeAwardPeriodCommand(id, body.Action, body.On, body.Reason, body.PauseKind, body.ApprovedBy, body.ApprovalNumber), ct);
            return TypedResults.NoContent();
        });
}
