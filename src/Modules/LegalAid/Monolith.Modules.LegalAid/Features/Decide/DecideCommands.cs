using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Microsoft.Extensions.Options;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Features.Assign;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Decide;

/// <summary>
/// 决定给予法律援助, with reasons (the eligibility assessment's when none are written), and 指派 at once when a provider is
/// chosen; otherwise the 3-day assignment period starts.
/// </summary>
internal sealed record GrantLegalAidCommand(Guid ApplicationId, Guid? LawyerId, string? Reasons = null) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

/// <summary>决定不予法律援助，书面说明理由.</summary>
internal sealed record RefuseLegalAidCommand(Guid ApplicationId, string? Reason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class GrantLegalAidValidator : AbstractValidator<GrantLegalAidCommand>
{
    public GrantLegalAidValidator() => RuleFor(c => c.Reasons).MaximumLength(1000).WithName("给予法律援助理由");
}

internal sealed class RefuseLegalAidValidator : AbstractValidator<RefuseLegalAidCommand>
{
    public RefuseLegalAidValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("决定不予法律援助的，应当书面说明理由。").MaximumLength(1000).WithName("不予法律援助理由");
}

internal sealed class GrantLegalAidHandler(
    LegalAidDbContext db, DecisionReporter reporter, Assignment assignment, IOptions<EligibilityPolicy> policy, ICurrentUser user, TimeProvider time)
    : IRequestHandler<GrantLegalAidCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(GrantLegalAidCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        var reasons = string.IsNullOrWhiteSpace(request.Reasons)
            ? string.Concat(policy.Value.Assess(application).Reasons)
            : request.Reasons.Trim();
        application.Grant(reasons, time.GetUtcNow(), user.UserName);
        if (request.LawyerId is { } lawyerId)
        {
            await assignment.AssignAsync(application, lawyerId, cancellationToken);
        }
        else
        {
            await assignment.StartAssignmentPeriodAsync(application, cancellationToken);
        }

        await reporter.ReportAsync(application, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class RefuseLegalAidHandler(LegalAidDbContext db, DecisionReporter reporter, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RefuseLegalAidCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RefuseLegalAidCommand request, CancellationToken cancellationToken)
    {
        var application = await db.LoadAsync(request.ApplicationId, cancellationToken);
        application.Refuse(request.Reason!.Trim(), time.GetUtcNow(), user.UserName);
        await reporter.ReportAsync(application, cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>Discharges the review deadline and, for a referral, reports the decision to the referring module through the outbox.</summary>
internal sealed class DecisionReporter(LegalAidDbContext db, DeadlineTracker deadlines, TimeProvider time)
{
    public async Task ReportAsync(LegalAidApplication application, CancellationToken cancellationToken)
    {
        var reviewDeadlines = await deadlines.CompleteAsync(db, application.Id, LegalAidDeadlineRules.ReviewApplication, cancellationToken);
        if (application.Referral is not { } referral)
        {
            return;
        }

        var now = time.GetUtcNow();
        db.Publish(new LegalAidDecisionMadeIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            application.LinkageNumber,
            application.Id,
            referral.ReferralId,
            referral.ReferringModule,
            application.Status == LegalAidApplicationStatus.Granted ? LegalAidDecision.Granted : LegalAidDecision.Refused,
            application.RefusalReason,
            application.LawyerName is null ? null : new AssignedLawyer(application.LawyerName, application.LawFirm!, application.LawyerPhone!),
            application.DecidedAt!.Value,
            reviewDeadlines.All(d => d.MissedAt is null && application.DecidedAt <= d.DueAt)));
    }
}

internal sealed record GrantBody(Guid? LawyerId, string? Reasons);

internal sealed record RefuseBody(string? Reason);

internal sealed class DecideEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications/{id:guid}/grant", async (Guid id, GrantBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new GrantLegalAidCommand(id, body.LawyerId, body.Reasons), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/applications/{id:guid}/refuse", async (Guid id, RefuseBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RefuseLegalAidCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
