using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.ReferToArbitration;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.DecideAcceptance;

/// <summary>
/// 受理并立案 (若干规定 第十八条第一款): within the agency's remit and jurisdiction, an identifiable employer, and a
/// violation that ended less than two years before the complaint (监察条例 第二十条, counted by the rule's own period).
/// Discharges the acceptance period, issues the acceptance notice and filing numbers, and starts the 60-working-day
/// investigation (监察条例 第十七条).
/// </summary>
internal sealed record AcceptCaseCommand(Guid CaseId, bool WithinRemit, bool WithinJurisdiction) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class AcceptCaseHandler(
    InspectionDbContext db, DeadlineTracker deadlines, DeadlineCatalogue catalogue, WorkingDayCalendarProvider calendars, DocumentNumbers numbers,
    DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<AcceptCaseCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AcceptCaseCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        DateOnly? lookBackLastDay = null;
        if (matter.ViolationEndedOn is { } ended)
        {
            var calendar = await calendars.GetAsync(cancellationToken);
            lookBackLastDay = DeadlineCalculator.Compute(catalogue.Entry(InspectionDeadlineRules.LookBack).Statutory, ended, calendar).DueDate;
        }

        // A refused decision rolls back with its transaction, the numbers it drew included: no gap in the register.
        matter.Accept(
            new AcceptanceCheck(request.WithinRemit, request.WithinJurisdiction),
            clock.LocalDate(matter.ReceivedAt),
            lookBackLastDay,
            await numbers.IssueAsync(db, NoticeKind.Acceptance, cancellationToken),
            await numbers.IssueAsync(db, NoticeKind.Filing, cancellationToken),
            now,
            user.UserName);
        await deadlines.CompleteAsync(db, matter.Id, InspectionDeadlineRules.AcceptComplaint, cancellationToken);
        await deadlines.StartAsync(db, InspectionDeadlineRules.CompleteInvestigation, now, DeadlineSubjects.For(matter), cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// 不予受理, with its written reason and, where the matter belongs to the dispute procedure (监察条例 第二十一条), where
/// to go; with the worker's consent the dispute is sent to arbitration in the same step. Discharges the acceptance period.
/// </summary>
internal sealed record NotAcceptCaseCommand(
    Guid CaseId, NonAcceptanceGround Ground, string? Reason, Guidance Guidance, string? GuidanceNote, Guid? ReferWorkerId = null, bool WorkerConsents = false)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class NotAcceptCaseValidator : AbstractValidator<NotAcceptCaseCommand>
{
    public NotAcceptCaseValidator()
    {
        RuleFor(c => c.Ground).IsInEnum().WithName("不予受理情形");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("不予受理应当书面告知理由。").MaximumLength(1000).WithName("不予受理理由");
        RuleFor(c => c.Guidance).IsInEnum().WithName("告知去向");
        RuleFor(c => c.GuidanceNote).MaximumLength(500).WithName("告知说明");
        RuleFor(c => c.WorkerConsents).Equal(true).When(c => c.ReferWorkerId is not null).WithMessage("须经劳动者同意后方可转仲裁。");
        RuleFor(c => c.Guidance).Equal(Guidance.Arbitration).When(c => c.ReferWorkerId is not null).WithMessage("转仲裁的，告知去向应为申请劳动仲裁。");
    }
}

internal sealed class NotAcceptCaseHandler(InspectionDbContext db, DeadlineTracker deadlines, DocumentNumbers numbers, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<NotAcceptCaseCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(NotAcceptCaseCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        matter.NotAccept(
            request.Ground,
            request.Reason!.Trim(),
            request.Guidance,
            string.IsNullOrWhiteSpace(request.GuidanceNote) ? null : request.GuidanceNote.Trim(),
            await numbers.IssueAsync(db, NoticeKind.NonAcceptance, cancellationToken),
            clock.UtcNow,
            user.UserName);
        if (request.ReferWorkerId is { } workerId)
        {
            ArbitrationReferrer.Refer(db, clock, user, matter, workerId, ArbitrationReferralReason.DisputeMatter, request.Reason);
        }

        await deadlines.CompleteAsync(db, matter.Id, InspectionDeadlineRules.AcceptComplaint, cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record AcceptBody(bool WithinRemit, bool WithinJurisdiction);

internal sealed record NotAcceptBody(NonAcceptanceGround Ground, string? Reason, Guidance Guidance, string? GuidanceNote, Guid? ReferWorkerId, bool WorkerConsents);

internal sealed class DecideAcceptanceEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/acceptance", async (Guid id, AcceptBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new AcceptCaseCommand(id, body.WithinRemit, body.WithinJurisdiction), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/cases/{id:guid}/non-acceptance", async (Guid id, NotAcceptBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new NotAcceptCaseCommand(id, body.Ground, body.Reason, body.Guidance, body.GuidanceNote, body.ReferWorkerId, body.WorkerConsents), ct);
            return TypedResults.NoContent();
        });
    }
}
