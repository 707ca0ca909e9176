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
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Cases;

/// <summary>
/// 发出“一函两书”: a 提示函 or 意见书 to an employer, or a 建议书 to a government department, numbered per kind and year,
/// kept in the union's list and published for Supervision's ledger (which tracks the reply).
/// </summary>
internal sealed record IssueSupervisionLetterCommand(
    UnionSupervisionLetterKind? Kind, string? Recipient, string? RecipientCreditCode, string? Findings, string? Requests, string? LinkageNumber)
    : ICommand<IssuedLetter>;

internal sealed record IssuedLetter(Guid Id, string Number) : IAuditSubject
{
    string IAuditSubject.AuditSubject => Number;
}

internal sealed class IssueSupervisionLetterValidator : AbstractValidator<IssueSupervisionLetterCommand>
{
    public IssueSupervisionLetterValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("文书类型");
        RuleFor(c => c.Recipient).NotEmpty().MaximumLength(100).WithName("送达单位");
        RuleFor(c => c.RecipientCreditCode).UnifiedSocialCreditCode().When(c => !string.IsNullOrWhiteSpace(c.RecipientCreditCode));
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(4000).WithName("发现的问题");
        RuleFor(c => c.Requests).NotEmpty().MaximumLength(4000).WithName("整改意见或建议");
        RuleFor(c => c.LinkageNumber).Must(LinkageNumber.IsWellFormed).When(c => !string.IsNullOrWhiteSpace(c.LinkageNumber)).WithMessage("联动编号格式不正确。");
    }
}

internal sealed class IssueSupervisionLetterHandler(UnionDbContext db, ICurrentUser user, DeploymentClock clock) : IRequestHandler<IssueSupervisionLetterCommand, IssuedLetter>
{
    public async Task<IssuedLetter> Handle(IssueSupervisionLetterCommand request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var kind = request.Kind!.Value;
        var year = clock.Today.Year;
        var sequence = await db.SupervisionLetters.Where(l => l.Kind == kind && l.Year == year).Select(l => (int?)l.Sequence).MaxAsync(cancellationToken) ?? 0;
        var letter = SupervisionLetter.Issue(
            Guid.CreateVersion7(now), kind, year, sequence + 1, request.Recipient!.Trim(),
            string.IsNullOrWhiteSpace(request.RecipientCreditCode) ? null : UnifiedSocialCreditCode.Normalise(request.RecipientCreditCode),
            request.Findings!.Trim(), request.Requests!.Trim(), string.IsNullOrWhiteSpace(request.LinkageNumber) ? null : request.LinkageNumber.Trim(), now, user.DisplayName);
        db.SupervisionLetters.Add(letter);
        db.Publish(new UnionSupervisionLetterIssuedIntegrationEvent(
            Guid.CreateVersion7(now), now, letter.LinkageNumber, letter.Id, letter.Kind, letter.Number, letter.Recipient, letter.RecipientCreditCode,
            letter.Findings, letter.Requests, now, user.DisplayName));
        return new IssuedLetter(letter.Id, letter.Number);
    }
}

internal sealed record LetterView(Guid Id, string Number, UnionSupervisionLetterKind Kind, string Recipient, string Findings, string Requests, string LinkageNumber, DateTimeOffset IssuedAt, string IssuedBy)
{
    public string KindName => SupervisionLetter.KindName(Kind);
}

/// <summary>The letters the union issued, newest first.</summary>
internal sealed record ListSupervisionLettersQuery(UnionSupervisionLetterKind? Kind = null) : IQuery<IReadOnlyList<LetterView>>;

internal sealed class ListSupervisionLettersHandler(UnionDbContext db) : IRequestHandler<ListSupervisionLettersQuery, IReadOnlyList<LetterView>>
{
    public async Task<IReadOnlyList<LetterView>> Handle(ListSupervisionLettersQuery request, CancellationToken cancellationToken)
    {
        var letters = await db.SupervisionLetters.AsNoTracking().Where(l => request.Kind == null || l.Kind == request.Kind)
            .OrderByDescending(l => l.IssuedAt).Take(200).ToListAsync(cancellationToken);
        return letters.ConvertAll(l => new LetterView(l.Id, l.Number, l.Kind, l.Recipient, l.Findings, l.Requests, l.LinkageNumber, l.IssuedAt, l.IssuedBy));
    }
}

internal sealed class SupervisionLetterEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/supervision-letters", async (IssueSupervisionLetterCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var issued = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/union/supervision-letters/{issued.Id}", issued);
        });
        api.MapGet("/supervision-letters", (UnionSupervisionLetterKind? kind, IMediator mediator, CancellationToken ct) => mediator.Send(new ListSupervisionLettersQuery(kind), ct));
    }
}
