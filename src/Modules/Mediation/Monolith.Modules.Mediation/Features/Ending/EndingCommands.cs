using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Ending;

/// <summary>
/// 终结调解: the parties could not agree (调解不成), or the applicant withdrew. The case closes as failed; for a failure the
/// worker is guided to arbitration (<see cref="MediationFailedIntegrationEvent"/>); an entrusting agency is told either way.
/// </summary>
internal sealed record EndMediationCommand(Guid CaseId, MediationFailureReason? Reason, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class EndMediationValidator : AbstractValidator<EndMediationCommand>
{
    public EndMediationValidator()
    {
        RuleFor(c => c.Reason).NotNull().Must(r => r is MediationFailureReason.NoAgreement or MediationFailureReason.Withdrawn)
            .WithMessage("请选择终结调解的原因：调解不成，或申请人撤回申请。");
        RuleFor(c => c.Note).MaximumLength(1000).WithName("说明");
    }
}

internal sealed class EndMediationHandler(MediationDbContext db, CaseFlow flow, ICurrentUser user, TimeProvider time) : IRequestHandler<EndMediationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EndMediationCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.LoadCaseAsync(request.CaseId, cancellationToken);
        mediationCase.EndWithoutAgreement(request.Reason!.Value, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), time.GetUtcNow(), user.UserName);
        await flow.FailedAsync(mediationCase, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Run just after the case's handling period ends (<see cref="CaseFlow.ScheduleExpiry"/>): if the case is still open and
/// its period has not been extended meanwhile, it closes as failed by expiry. An extension by the parties' agreement
/// moves the period; the check then waits for the new end. Re-checks everything, so a late or repeated run is harmless.
/// </summary>
[ScheduledCommandName("mediation.expire-mediation.v1")]
internal sealed record ExpireMediationCommand(Guid CaseId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class ExpireMediationHandler(MediationDbContext db, CaseFlow flow, TimeProvider time) : IRequestHandler<ExpireMediationCommand, bool>
{
    public async Task<bool> Handle(ExpireMediationCommand request, CancellationToken cancellationToken)
    {
        var mediationCase = await db.Cases.Include(c => c.Claims).SingleOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
        if (mediationCase is null || !mediationCase.IsOpen)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var period = await db.Deadlines
            .Where(d => d.SubjectId == mediationCase.Id && d.CompletedAt == null && d.CancelledAt == null
                && (d.RuleId == MediationDeadlineRules.CommitteeConclusion || d.RuleId == MediationDeadlineRules.NoAgreementArbitration))
            .OrderByDescending(d => d.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (period is not null && period.DueAt + CaseFlow.ExpiryDelay > now)
        {
            flow.ScheduleExpiry(mediationCase, period.DueAt);
            return false;
        }

        mediationCase.Expire(now);
        await flow.FailedAsync(mediationCase, cancellationToken);
        return true;
    }
}

internal sealed record EndBody(MediationFailureReason? Reason, string? Note);

internal sealed class EndingEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/end", async (Guid id, EndBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new EndMediationCommand(id, body.Reason, body.Note), ct);
            return TypedResults.NoContent();
        });
}
