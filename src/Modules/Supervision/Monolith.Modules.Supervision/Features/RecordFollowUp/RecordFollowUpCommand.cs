using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Platform.Contracts;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.RecordFollowUp;

/// <summary>督办登记: a supervision officer records the follow-up with the agency that missed the deadline.</summary>
internal sealed record RecordFollowUpCommand(Guid EntryId, string? Note, DateOnly? DueDate = null) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => EntryId.ToString();
}

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUpCommand>
{
    public RecordFollowUpValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(1000).WithName("督办情况");
}

internal sealed class RecordFollowUpHandler(SupervisionDbContext db, ICurrentUser user, DeploymentClock clock, WorkScheduler scheduler) : IRequestHandler<RecordFollowUpCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordFollowUpCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.OversightEntries.FindAsync([request.EntryId], cancellationToken)
            ?? throw new NotFoundException("逾期事项", request.EntryId);
        entry.RecordFollowUp(request.Note!.Trim(), user.UserName, clock.UtcNow, request.DueDate, clock.Today);
        if (request.DueDate is { } due)
        {
            scheduler.Schedule(db, new CheckFollowUpDueCommand(entry.Id), clock.EndOfDay(due), $"follow-up/{entry.Id}", entry.LinkageNumber);
        }

        return MediatR.Unit.Value;
    }
}

/// <summary>督办期限届满: the agency has not reported the matter done; it and the officers are told.</summary>
[ScheduledCommandName("supervision.check-follow-up-due.v1")]
internal sealed record CheckFollowUpDueCommand(Guid EntryId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => EntryId.ToString();
}

internal sealed class CheckFollowUpDueHandler(SupervisionDbContext db, ModuleDirectory directory, DeploymentClock clock) : IRequestHandler<CheckFollowUpDueCommand, bool>
{
    public async Task<bool> Handle(CheckFollowUpDueCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.OversightEntries.FindAsync([request.EntryId], cancellationToken);
        var now = clock.UtcNow;
        if (entry?.FollowUpDueDate is not { } due || now < clock.EndOfDay(due) || !entry.MarkFollowUpOverdue(now))
        {
            return false;
        }

        var roles = (directory.Find(entry.Module)?.RoleNames ?? []).Append(SupervisionModule.Role).Distinct().ToList();
        db.Publish(new NotificationRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, entry.LinkageNumber, SupervisionModule.Descriptor.Name, $"督办事项逾期：{entry.RuleTitle}",
            $"{entry.AgencyName}未在督办期限{BuildingBlocks.Documents.OfficialDocument.FormatDate(entry.FollowUpDueDate!.Value)}前报告办结（{entry.SubjectReference}）。",
            $"/Supervision#entry-{entry.Id}", [], roles));
        return true;
    }
}

/// <summary>督办办结: the agency reported the matter done; recorded with what it reported.</summary>
internal sealed record CloseFollowUpCommand(Guid EntryId, string? Result) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => EntryId.ToString();
}

internal sealed class CloseFollowUpValidator : AbstractValidator<CloseFollowUpCommand>
{
    public CloseFollowUpValidator() => RuleFor(c => c.Result).NotEmpty().MaximumLength(1000).WithName("办结情况");
}

internal sealed class CloseFollowUpHandler(SupervisionDbContext db, DeploymentClock clock, WorkScheduler scheduler) : IRequestHandler<CloseFollowUpCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CloseFollowUpCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.OversightEntries.FindAsync([request.EntryId], cancellationToken)
            ?? throw new NotFoundException("逾期事项", request.EntryId);
        entry.CloseFollowUp(request.Result!.Trim(), clock.UtcNow);
        await scheduler.CancelAsync(db, $"follow-up/{entry.Id}", cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record RecordFollowUpBody(string? Note, DateOnly? DueDate = null);

internal sealed record CloseFollowUpBody(string? Result);

internal sealed class RecordFollowUpEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/oversight/{id:guid}/follow-up/close", async (Guid id, CloseFollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new CloseFollowUpCommand(id, body.Result), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/oversight/{id:guid}/follow-up", async (Guid id, RecordFollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordFollowUpCommand(id, body.Note, body.DueDate), ct);
            return TypedResults.NoContent();
        });
    }
}
