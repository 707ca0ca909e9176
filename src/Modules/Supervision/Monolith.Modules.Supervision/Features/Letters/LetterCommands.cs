using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Application.Validation;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Letters;

/// <summary>The reminder before a letter's reply deadline, to the issuing agency's staff and the supervision officers.</summary>
[ScheduledCommandName("supervision.remind-letter-reply.v1")]
internal sealed record RemindLetterReplyCommand(Guid LetterId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"letter/{LetterId}";
}

internal sealed class RemindLetterReplyHandler(SupervisionDbContext db, LetterLedger ledger, DeploymentClock clock) : IRequestHandler<RemindLetterReplyCommand, bool>
{
    public async Task<bool> Handle(RemindLetterReplyCommand request, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.FindAsync([request.LetterId], cancellationToken);
        if (letter is null || !letter.Remind(clock.UtcNow))
        {
            return false;
        }

        ledger.Notify(db, letter, $"文书回复期限将至：{letter.Number}",
            $"{letter.RecipientName}对{LetterKinds.Name(letter.Kind)}{letter.Number}的回复期限为{PageDate(letter.ReplyDueDate!.Value)}，尚未收到回复，请督促。");
        return true;
    }

    private static string PageDate(DateOnly date) => BuildingBlocks.Documents.OfficialDocument.FormatDate(date);
}

/// <summary>登记回复: the recipient's written reply, on the date it came.</summary>
internal sealed record RecordLetterReplyCommand(Guid LetterId, string? Reply, DateOnly? RepliedOn) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"letter/{LetterId}";
}

internal sealed class RecordLetterReplyValidator : AbstractValidator<RecordLetterReplyCommand>
{
    public RecordLetterReplyValidator()
    {
        RuleFor(c => c.Reply).NotEmpty().MaximumLength(2000).WithName("回复内容");
        RuleFor(c => c.RepliedOn).NotNull().WithName("回复日期");
    }
}

internal sealed class RecordLetterReplyHandler(SupervisionDbContext db, LetterLedger ledger, ICurrentUser user, DeploymentClock clock) : IRequestHandler<RecordLetterReplyCommand, Unit>
{
    public async Task<Unit> Handle(RecordLetterReplyCommand request, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.FindAsync([request.LetterId], cancellationToken) ?? throw new NotFoundException("监督文书", request.LetterId);
        letter.RecordReply(request.Reply!.Trim(), request.RepliedOn!.Value, clock.LocalDate(letter.IssuedAt), clock.Today, user.DisplayName);
        await ledger.ReplyReceivedAsync(db, letter, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>登记整改情况: the rectification the recipient reports, with its evidence.</summary>
internal sealed record RecordRectificationCommand(Guid LetterId, string? Evidence) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"letter/{LetterId}";
}

internal sealed class RecordRectificationValidator : AbstractValidator<RecordRectificationCommand>
{
    public RecordRectificationValidator() => RuleFor(c => c.Evidence).NotEmpty().MaximumLength(2000).WithName("整改情况及证明材料");
}

internal sealed class RecordRectificationHandler(SupervisionDbContext db, ICurrentUser user, DeploymentClock clock) : IRequestHandler<RecordRectificationCommand, Unit>
{
    public async Task<Unit> Handle(RecordRectificationCommand request, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.FindAsync([request.LetterId], cancellationToken) ?? throw new NotFoundException("监督文书", request.LetterId);
        letter.RecordRectification(request.Evidence!.Trim(), user.DisplayName, clock.UtcNow);
        return Unit.Value;
    }
}

/// <summary>
/// 升级: the recipient did not reply in time, so the next letter of the chain is issued (提示函 → 意见书 → 建议书 → 提请处理函),
/// linked to the first; it gets its own reply period where one applies.
/// </summary>
internal sealed record EscalateLetterCommand(Guid LetterId, string? RecipientName, string? Findings, string? Requests) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"letter/{LetterId}";
}

internal sealed class EscalateLetterValidator : AbstractValidator<EscalateLetterCommand>
{
    public EscalateLetterValidator()
    {
        RuleFor(c => c.RecipientName).NotEmpty().MaximumLength(200).WithName("主送单位");
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(4000).WithName("发现的问题");
        RuleFor(c => c.Requests).NotEmpty().MaximumLength(2000).WithName("建议与要求");
    }
}

internal sealed class EscalateLetterHandler(SupervisionDbContext db, LetterLedger ledger, ICurrentUser user, DeploymentClock clock) : IRequestHandler<EscalateLetterCommand, Guid>
{
    public async Task<Guid> Handle(EscalateLetterCommand request, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.FindAsync([request.LetterId], cancellationToken) ?? throw new NotFoundException("监督文书", request.LetterId);
        var next = LetterKinds.Next(letter.Kind) ?? letter.Kind;
        var now = clock.UtcNow;
        var number = await ledger.NextNumberAsync(db, next, string.Empty, cancellationToken);
        var escalated = letter.Escalate(
            Guid.CreateVersion7(now), number, user.DisplayName, now, request.RecipientName!.Trim(), letter.RecipientCreditCode, request.Findings!.Trim(),
            $"{letter.LegalBasis}；{LetterKinds.Name(letter.Kind)}{letter.Number}逾期未回复", request.Requests!.Trim());
        await ledger.EnterAsync(db, escalated, cancellationToken);
        ledger.Notify(db, escalated, $"文书已升级：{escalated.Number}", $"{LetterKinds.Name(letter.Kind)}{letter.Number}逾期未回复，已升级为{LetterKinds.Name(escalated.Kind)}{escalated.Number}，主送{escalated.RecipientName}。");
        return escalated.Id;
    }
}

/// <summary>
/// 登记检察建议书、检察意见书、司法建议书: letters of the procuratorate (this module's agency) and of the court, which
/// has no module of its own, entered directly.
/// </summary>
internal sealed record RegisterLetterCommand(
    LetterKind? Kind, string? Number, string? IssuerAgency, RecipientKind? RecipientKind, string? RecipientName, string? RecipientCreditCode,
    string? Findings, string? LegalBasis, string? Requests, string? LinkageNumber) : ICommand<Guid>;

internal sealed class RegisterLetterValidator : AbstractValidator<RegisterLetterCommand>
{
    public RegisterLetterValidator()
    {
        RuleFor(c => c.Kind).NotNull().Must(k => k is null || LetterKinds.Registrable.Contains(k.Value)).WithMessage("只能登记检察建议书、检察意见书或司法建议书。").WithName("文书种类");
        RuleFor(c => c.Number).NotEmpty().MaximumLength(64).WithName("文号");
        RuleFor(c => c.IssuerAgency).NotEmpty().MaximumLength(100).WithName("制发机关");
        RuleFor(c => c.RecipientKind).NotNull().IsInEnum().WithName("主送对象类别");
        RuleFor(c => c.RecipientName).NotEmpty().MaximumLength(200).WithName("主送单位");
        RuleFor(c => c.RecipientCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.RecipientCreditCode));
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(4000).WithName("发现的问题");
        RuleFor(c => c.LegalBasis).NotEmpty().MaximumLength(1000).WithName("法律依据");
        RuleFor(c => c.Requests).NotEmpty().MaximumLength(2000).WithName("建议与要求");
        RuleFor(c => c.LinkageNumber).Must(LinkageNumber.IsWellFormed).When(c => !string.IsNullOrWhiteSpace(c.LinkageNumber))
            .WithMessage("“{PropertyValue}”不是有效的联动编号。").WithName("联动编号");
    }
}

internal sealed class RegisterLetterHandler(SupervisionDbContext db, LetterLedger ledger, ICurrentUser user, DeploymentClock clock) : IRequestHandler<RegisterLetterCommand, Guid>
{
    public async Task<Guid> Handle(RegisterLetterCommand request, CancellationToken cancellationToken)
    {
        var number = request.Number!.Trim();
        if (await db.Letters.AnyAsync(l => l.Number == number && l.Kind == request.Kind!.Value, cancellationToken))
        {
            throw new BusinessRuleViolationException("supervision.letter-number-taken", $"文号“{number}”已登记。");
        }

        var now = clock.UtcNow;
        var id = Guid.CreateVersion7(now);
        var letter = SupervisionLetter.Issue(
            id, SupervisionModule.Descriptor.Name, id, request.Kind!.Value, number, request.IssuerAgency!.Trim(), user.DisplayName, now,
            string.IsNullOrWhiteSpace(request.LinkageNumber) ? string.Empty : request.LinkageNumber.Trim(), request.RecipientKind!.Value, request.RecipientName!.Trim(),
            request.RecipientCreditCode?.Trim(), request.Findings!.Trim(), request.LegalBasis!.Trim(), request.Requests!.Trim());
        await ledger.EnterAsync(db, letter, cancellationToken);
        return id;
    }
}

internal sealed record ReplyBody(string? Reply, DateOnly? RepliedOn);

internal sealed record RectificationBody(string? Evidence);

internal sealed record EscalateBody(string? RecipientName, string? Findings, string? Requests);

internal sealed class LetterCommandEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/letters", async (RegisterLetterCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/supervision/letters/{id}", new { id });
        });
        api.MapPost("/letters/{id:guid}/reply", async (Guid id, ReplyBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordLetterReplyCommand(id, body.Reply, body.RepliedOn), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/letters/{id:guid}/rectification", async (Guid id, RectificationBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordRectificationCommand(id, body.Evidence), ct);
            return TypedResults.NoContent();
        });
        api.MapPost("/letters/{id:guid}/escalate", async (Guid id, EscalateBody body, IMediator mediator, CancellationToken ct) =>
        {
            var next = await mediator.Send(new EscalateLetterCommand(id, body.RecipientName, body.Findings, body.Requests), ct);
            return TypedResults.Created($"/api/supervision/letters/{next}", new { id = next });
        });
    }
}
