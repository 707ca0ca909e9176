using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>The reminder before an action item's due date and the check at its end, as the module's scheduled work (ADR 0022).</summary>
internal static class ActionItemWork
{
    public const string RuleId = "union.meeting-action-item";

    public const string LegalBasis = "洪司发〔2022〕32号 四(三)：会议纪要抄送有关单位，有关部门及时研究落实，将责任落实到岗、到人";

    public static string Key(Guid id) => $"action-item/{id}";

    public static void Schedule(UnionDbContext db, WorkScheduler scheduler, ActionItem item, MeetingOptions options, DateTimeOffset now)
    {
        var remindAt = item.DueAt - options.ActionItemReminderLead;
        if (remindAt > now)
        {
            scheduler.Schedule(db, new ProcessActionItemCommand(item.Id), remindAt, Key(item.Id));
        }

        scheduler.Schedule(db, new ProcessActionItemCommand(item.Id), item.DueAt, Key(item.Id));
    }
}

/// <summary>
/// Brings one action item up to date with the clock: reminds the owning agency once before its due date, or, once past
/// it and still open, marks it missed and reports it to supervision like any missed deadline (in this transaction).
/// </summary>
[ScheduledCommandName("union.process-action-item.v1")]
internal sealed record ProcessActionItemCommand(Guid ActionItemId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"action-item/{ActionItemId}";
}

internal sealed class ProcessActionItemHandler(UnionDbContext db, MeetingNotices notices, DeploymentClock clock, IOptions<MeetingOptions> options)
    : IRequestHandler<ProcessActionItemCommand, bool>
{
    public async Task<bool> Handle(ProcessActionItemCommand request, CancellationToken cancellationToken)
    {
        var item = await db.ActionItems.SingleOrDefaultAsync(i => i.Id == request.ActionItemId, cancellationToken);
        if (item is null)
        {
            return false;
        }

        var now = clock.UtcNow;
        if (item.TryMarkMissed(now))
        {
            db.Publish(new DeadlineMissedIntegrationEvent(
                Guid.CreateVersion7(now), now, string.Empty, item.Id, item.OwnerModule, item.OwnerAgencyName, ActionItemWork.RuleId,
                $"落实会议决定事项：{item.Decision}", ActionItemWork.LegalBasis, "会议决定", item.DueDate, item.DueAt,
                $"{item.MeetingTitle}（责任人 {item.AssigneeName}）", false));
            notices.Send(db, $"会议决定事项已逾期：{item.Decision}", $"{item.MeetingTitle}决定由{item.OwnerAgencyName}承办的事项已超过完成期限（{item.DueDate:yyyy-MM-dd}），已报送法律监督。",
                "/Union/My/ActionItems", [], [.. notices.RolesOf(item.OwnerModule), PlatformRoles.Administrator]);
            return true;
        }

        if (item.TryRemind(now, options.Value.ActionItemReminderLead))
        {
            notices.Send(db, $"待办事项提醒：{item.Decision}", $"{item.MeetingTitle}决定由贵单位承办的事项将于{item.DueDate:yyyy年M月d日}到期，责任人 {item.AssigneeName}。",
                "/Union/My/ActionItems", [], notices.RolesOf(item.OwnerModule));
            return true;
        }

        return false;
    }
}

/// <summary>The owning agency's staff record progress on an action item, or its completion with the outcome.</summary>
internal sealed record RecordActionItemProgressCommand(Guid ActionItemId, string? Note, bool Complete) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"action-item/{ActionItemId}";
}

internal sealed class RecordActionItemProgressValidator : AbstractValidator<RecordActionItemProgressCommand>
{
    public RecordActionItemProgressValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(1000).WithName("办理情况");
}

internal sealed class RecordActionItemProgressHandler(UnionDbContext db, WorkScheduler scheduler, ModuleDirectory directory, ICurrentUser user, DeploymentClock clock)
    : IRequestHandler<RecordActionItemProgressCommand, Unit>
{
    public async Task<Unit> Handle(RecordActionItemProgressCommand request, CancellationToken cancellationToken)
    {
        var item = await db.ActionItems.Include(i => i.Progress).SingleOrDefaultAsync(i => i.Id == request.ActionItemId, cancellationToken)
            ?? throw new NotFoundException("会议决定事项", request.ActionItemId);
        var now = clock.UtcNow;
        item.Record(directory.ModuleOfRole(user.Role)?.Name ?? string.Empty, request.Note!.Trim(), request.Complete, now, user.DisplayName);
        if (request.Complete)
        {
            await scheduler.CancelAsync(db, ActionItemWork.Key(item.Id), cancellationToken);
            db.Publish(new ActionItemCompletedIntegrationEvent(
                Guid.CreateVersion7(now), now, string.Empty, item.Id, item.MeetingId, item.OwnerModule, item.Outcome!, user.DisplayName, now, item.CompletedOnTime));
        }

        return Unit.Value;
    }
}

internal sealed record ProgressBody(string? Note, bool Complete);

internal sealed class ActionItemEndpoints : IMeetingsEndpoint
{
    public void Map(MeetingsApi api) =>
        api.Staff.MapPost("/action-items/{id:guid}/progress", async (Guid id, ProgressBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordActionItemProgressCommand(id, body.Note, body.Complete), ct);
            return TypedResults.NoContent();
        });
}
