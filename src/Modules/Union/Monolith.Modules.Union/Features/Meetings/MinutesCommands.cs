using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>会议纪要: attendance, the summary, and the decisions; a decision with an owning agency, a person and a due date will be an action item.</summary>
internal sealed record SaveMinutesCommand(Guid MeetingId, string? Attendance, string? Summary, IReadOnlyList<DecisionInput>? Decisions) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{MeetingId}";
}

internal sealed record DecisionInput(string? Text, string? OwnerAgency, string? AssigneeName, DateOnly? DueDate);

internal sealed class SaveMinutesValidator : AbstractValidator<SaveMinutesCommand>
{
    public SaveMinutesValidator(ModuleDirectory directory)
    {
        var agencies = directory.Agencies.Select(a => a.Name).ToHashSet();
        RuleFor(c => c.Attendance).NotEmpty().MaximumLength(2000).WithName("出席情况");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(8000).WithName("会议议定事项摘要");
        RuleFor(c => c.Decisions).Must(d => d is null || d.Count <= 50).WithMessage("最多50项决定。").WithName("会议决定");
        RuleForEach(c => c.Decisions).ChildRules(d =>
        {
            d.RuleFor(x => x.Text).NotEmpty().MaximumLength(1000).WithName("决定事项");
            d.RuleFor(x => x.OwnerAgency).Must(a => a is not null && agencies.Contains(a)).When(x => !string.IsNullOrEmpty(x.OwnerAgency))
                .WithMessage("承办单位应为本平台的联动单位。");
            d.RuleFor(x => x.AssigneeName).NotEmpty().When(x => !string.IsNullOrEmpty(x.OwnerAgency)).WithMessage("请填写责任人（落实到人）。")
                .MaximumLength(32).WithName("责任人");
            d.RuleFor(x => x.DueDate).NotNull().When(x => !string.IsNullOrEmpty(x.OwnerAgency)).WithMessage("请填写完成期限。").WithName("完成期限");
            d.RuleFor(x => x.OwnerAgency).NotEmpty().When(x => !string.IsNullOrEmpty(x.AssigneeName) || x.DueDate is not null)
                .WithMessage("填写了责任人或期限的决定须指定承办单位。");
        });
    }
}

internal sealed class SaveMinutesHandler(UnionDbContext db, MeetingNotices notices, DeploymentClock clock) : IRequestHandler<SaveMinutesCommand, Unit>
{
    public async Task<Unit> Handle(SaveMinutesCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingLoader.LoadAsync(db, request.MeetingId, cancellationToken);
        var order = 1;
        meeting.SaveMinutes(
            request.Attendance!.Trim(),
            request.Summary!.Trim(),
            (request.Decisions ?? []).Select(d => string.IsNullOrEmpty(d.OwnerAgency)
                ? new MinutesDecision(order++, d.Text!.Trim(), null, null, null, null)
                : new MinutesDecision(order++, d.Text!.Trim(), d.OwnerAgency, notices.AgencyName(d.OwnerAgency), d.AssigneeName!.Trim(), d.DueDate)),
            clock.LocalDate(meeting.StartsAt),
            clock.UtcNow);
        return Unit.Value;
    }
}

/// <summary>
/// 印发会议纪要并抄送: the minutes go to the units concerned (the participating agencies and every owning agency), each
/// decision with an owner becomes an action item assigned to that agency, reminded before its due date and reported
/// to supervision if missed.
/// </summary>
internal sealed record PublishMinutesCommand(Guid MeetingId) : ICommand<IReadOnlyList<Guid>>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting/{MeetingId}";
}

internal sealed class PublishMinutesHandler(
    UnionDbContext db, MeetingNotices notices, WorkScheduler scheduler, DeploymentClock clock, ICurrentUser user, IOptions<MeetingOptions> options)
    : IRequestHandler<PublishMinutesCommand, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(PublishMinutesCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingLoader.LoadAsync(db, request.MeetingId, cancellationToken);
        var now = clock.UtcNow;
        var assigned = meeting.PublishMinutes(now, user.UserName);
        var items = assigned.Select(d => ActionItem.Assign(Guid.CreateVersion7(now), meeting, d, clock.EndOfDay(d.DueDate!.Value), now)).ToList();
        db.ActionItems.AddRange(items);
        var copyTo = meeting.Agencies.Concat(items.Select(i => i.OwnerModule)).Distinct().ToList();
        db.Publish(new MeetingMinutesPublishedIntegrationEvent(
            Guid.CreateVersion7(now), now, string.Empty, meeting.Id, meeting.Kind, meeting.Title, meeting.StartsAt, copyTo,
            [.. meeting.Decisions.Select(d => d.Text)], items.Count));
        notices.Send(db, $"会议纪要：{meeting.Title}", $"{MeetingNames.Kind(meeting.Kind)}（{notices.When(meeting)}）的会议纪要已印发，抄送贵单位。",
            $"/Union/My/Minutes/{meeting.Id}", [.. meeting.Participants.Where(p => p.UserName is { Length: > 0 }).Select(p => p.UserName!)],
            [.. copyTo.SelectMany(notices.RolesOf).Distinct()]);
        foreach (var item in items)
        {
            db.Publish(new ActionItemAssignedIntegrationEvent(
                Guid.CreateVersion7(now), now, string.Empty, item.Id, meeting.Id, meeting.Title, item.Decision, item.OwnerModule, item.OwnerAgencyName, item.AssigneeName, item.DueDate));
            notices.Send(db, $"会议决定事项：{item.Decision}", $"{meeting.Title}决定由贵单位承办，责任人 {item.AssigneeName}，完成期限 {item.DueDate:yyyy年M月d日}。",
                "/Union/My/ActionItems", [], notices.RolesOf(item.OwnerModule));
            ActionItemWork.Schedule(db, scheduler, item, options.Value, now);
        }

        return [.. items.Select(i => i.Id)];
    }
}

internal sealed record MinutesBody(string? Attendance, string? Summary, IReadOnlyList<DecisionInput>? Decisions);

internal sealed class MinutesEndpoints : IMeetingsEndpoint
{
    public void Map(MeetingsApi api)
    {
        api.Organisers.MapPut("/meetings/{id:guid}/minutes", async (Guid id, MinutesBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new SaveMinutesCommand(id, body.Attendance, body.Summary, body.Decisions), ct);
            return TypedResults.NoContent();
        });
        api.Organisers.MapPost("/meetings/{id:guid}/minutes/publication", async (Guid id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(new { actionItems = await mediator.Send(new PublishMinutesCommand(id), ct) }));
    }
}
