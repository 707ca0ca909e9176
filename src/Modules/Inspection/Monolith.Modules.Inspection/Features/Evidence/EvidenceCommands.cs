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
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Evidence;

/// <summary>通知用人单位或项目负责人: whom the officer notified to explain and produce the evidence, and how.</summary>
internal sealed record RecordEvidenceNotificationCommand(Guid RequestId, string? Notified) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => RequestId.ToString();
}

internal sealed class RecordEvidenceNotificationValidator : AbstractValidator<RecordEvidenceNotificationCommand>
{
    public RecordEvidenceNotificationValidator() =>
        RuleFor(c => c.Notified).NotEmpty().MaximumLength(500).WithName("通知对象和方式");
}

internal sealed class RecordEvidenceNotificationHandler(InspectionDbContext db, ICurrentUser user, TimeProvider time)
    : IRequestHandler<RecordEvidenceNotificationCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordEvidenceNotificationCommand request, CancellationToken cancellationToken)
    {
        var evidence = await db.EvidenceRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId, cancellationToken)
            ?? throw new NotFoundException("调查取证协助请求", request.RequestId);
        evidence.RecordNotification(request.Notified!.Trim(), time.GetUtcNow(), user.UserName);
        return MediatR.Unit.Value;
    }
}

/// <summary>
/// Answers the requester: what was collected, or why not. Discharges the answer deadline and publishes the answer,
/// addressed to the requesting module, with whether it came within the period.
/// </summary>
internal sealed record AnswerEvidenceRequestCommand(Guid RequestId, EvidenceAssistanceOutcome Outcome, IReadOnlyList<string>? CollectedItems, string? Explanation)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => RequestId.ToString();
}

internal sealed class AnswerEvidenceRequestValidator : AbstractValidator<AnswerEvidenceRequestCommand>
{
    public AnswerEvidenceRequestValidator()
    {
        RuleFor(c => c.Outcome).IsInEnum().WithName("调取结果");
        RuleFor(c => c.CollectedItems!.Count).LessThanOrEqualTo(50).When(c => c.CollectedItems is not null).OverridePropertyName("collectedItems").WithMessage("最多列明50项证据材料。");
        RuleForEach(c => c.CollectedItems).NotEmpty().MaximumLength(200).WithName("证据材料");
        RuleFor(c => c.Explanation).MaximumLength(1000).WithName("说明");
    }
}

internal sealed class AnswerEvidenceRequestHandler(InspectionDbContext db, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<AnswerEvidenceRequestCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerEvidenceRequestCommand request, CancellationToken cancellationToken)
    {
        var evidence = await db.EvidenceRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId, cancellationToken)
            ?? throw new NotFoundException("调查取证协助请求", request.RequestId);
        var now = time.GetUtcNow();
        var completed = await deadlines.CompleteAsync(db, evidence.Id, InspectionServiceRules.AnswerEvidenceRequest, cancellationToken);
        var inTime = completed.All(d => d.MissedAt is null && now < d.DueAt);
        var items = (request.CollectedItems ?? []).Select(i => i.Trim()).ToList();
        evidence.Answer(request.Outcome, items, string.IsNullOrWhiteSpace(request.Explanation) ? null : request.Explanation.Trim(), inTime, now, user.UserName);
        db.Publish(new EvidenceAssistanceAnsweredIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            evidence.LinkageNumber,
            evidence.RequestId,
            evidence.RequestingModule,
            request.Outcome,
            evidence.Notified,
            items,
            evidence.Explanation ?? "已全部调取。",
            user.DisplayName,
            now,
            inTime));
        return MediatR.Unit.Value;
    }
}

internal sealed record NotificationBody(string? Notified);

internal sealed record AnswerBody(EvidenceAssistanceOutcome Outcome, IReadOnlyList<string>? CollectedItems, string? Explanation);

internal sealed class EvidenceEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/evidence-requests/{id:guid}/notification", async (Guid id, NotificationBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordEvidenceNotificationCommand(id, body.Notified), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/evidence-requests/{id:guid}/answer", async (Guid id, AnswerBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new AnswerEvidenceRequestCommand(id, body.Outcome, body.CollectedItems, body.Explanation), ct);
            return TypedResults.NoContent();
        });
    }
}
