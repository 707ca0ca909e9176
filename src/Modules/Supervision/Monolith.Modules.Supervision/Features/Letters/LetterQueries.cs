using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Letters;

internal sealed record LetterView(
    Guid Id, LetterKind Kind, string KindName, string Number, string IssuerModule, string IssuerAgency, string IssuedBy, DateTimeOffset IssuedAt, string LinkageNumber,
    RecipientKind RecipientKind, string RecipientName, string? RecipientCreditCode, string Findings, string LegalBasis, string Requests,
    LetterStatus Status, string StatusName, string? ReplyRuleId, string? ReplyRuleTitle, DateOnly? ReplyDueDate, DateTimeOffset? ReminderSentAt, DateTimeOffset? OverdueAt,
    string? Reply, DateOnly? RepliedOn, string? RectificationEvidence, DateTimeOffset? RectifiedAt, Guid ChainRootId, Guid? PreviousLetterId, int EscalationStep,
    Guid? EscalatedToLetterId, string? NextKindName)
{
    public static LetterView Of(SupervisionLetter l) => new(
        l.Id, l.Kind, LetterKinds.Name(l.Kind), l.Number, l.IssuerModule, l.IssuerAgency, l.IssuedBy, l.IssuedAt, l.LinkageNumber, l.RecipientKind, l.RecipientName,
        l.RecipientCreditCode, l.Findings, l.LegalBasis, l.Requests, l.Status, LetterKinds.StatusName(l.Status), l.ReplyRuleId, l.ReplyRuleTitle, l.ReplyDueDate,
        l.ReminderSentAt, l.OverdueAt, l.Reply, l.RepliedOn, l.RectificationEvidence, l.RectifiedAt, l.ChainRootId, l.PreviousLetterId, l.EscalationStep,
        l.EscalatedToLetterId, LetterKinds.Next(l.Kind) is { } next ? LetterKinds.Name(next) : null);
}

internal sealed record LetterPage(IReadOnlyList<LetterView> Items, int Total, int Page, int PageSize);

/// <summary>The ledger: every letter, newest first, filtered by status, kind, issuer and recipient (name or credit code).</summary>
internal sealed record ListLettersQuery(LetterStatus? Status = null, LetterKind? Kind = null, string? Issuer = null, string? Recipient = null, int Page = 1) : IQuery<LetterPage>
{
    public const int PageSize = 20;
}

internal sealed class ListLettersHandler(SupervisionDbContext db) : IRequestHandler<ListLettersQuery, LetterPage>
{
    public async Task<LetterPage> Handle(ListLettersQuery request, CancellationToken cancellationToken)
    {
        var letters = db.Letters.AsNoTracking();
        if (request.Status is { } status)
        {
            letters = letters.Where(l => l.Status == status);
        }

        if (request.Kind is { } kind)
        {
            letters = letters.Where(l => l.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Issuer))
        {
            letters = letters.Where(l => l.IssuerModule == request.Issuer);
        }

        if (!string.IsNullOrWhiteSpace(request.Recipient))
        {
            var text = request.Recipient.Trim();
            letters = letters.Where(l => l.RecipientName.Contains(text) || l.RecipientCreditCode == text);
        }

        var total = await letters.CountAsync(cancellationToken);
        var page = Math.Max(1, request.Page);
        var items = await letters.OrderByDescending(l => l.IssuedAt).ThenByDescending(l => l.Id)
            .Skip((page - 1) * ListLettersQuery.PageSize).Take(ListLettersQuery.PageSize).ToListAsync(cancellationToken);
        return new LetterPage([.. items.Select(LetterView.Of)], total, page, ListLettersQuery.PageSize);
    }
}

/// <summary>One letter with its whole chain (the first letter and every escalation), in order.</summary>
internal sealed record GetLetterQuery(Guid LetterId) : IQuery<LetterDetail>;

internal sealed record LetterDetail(LetterView Letter, IReadOnlyList<LetterView> Chain);

internal sealed class GetLetterHandler(SupervisionDbContext db) : IRequestHandler<GetLetterQuery, LetterDetail>
{
    public async Task<LetterDetail> Handle(GetLetterQuery request, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == request.LetterId, cancellationToken)
            ?? throw new NotFoundException("监督文书", request.LetterId);
        var chain = await db.Letters.AsNoTracking().Where(l => l.ChainRootId == letter.ChainRootId).OrderBy(l => l.EscalationStep).ToListAsync(cancellationToken);
        return new LetterDetail(LetterView.Of(letter), [.. chain.Select(LetterView.Of)]);
    }
}

/// <summary>The letter as an official document (GB/T 9704 elements), for the print page and the Word file.</summary>
internal sealed class LetterDocuments(IMediator mediator, DeploymentClock clock)
{
    public async Task<OfficialDocument> BuildAsync(Guid letterId, CancellationToken cancellationToken)
    {
        var letter = (await mediator.Send(new GetLetterQuery(letterId), cancellationToken)).Letter;
        List<string> paragraphs = [$"经查，{letter.Findings}", $"依据{letter.LegalBasis}，现提出如下建议和要求：{letter.Requests}"];
        if (letter.ReplyDueDate is { } due)
        {
            paragraphs.Add($"请于{OfficialDocument.FormatDate(due)}前将办理情况书面回复{letter.IssuerAgency}。");
        }

        if (letter.PreviousLetterId is not null)
        {
            paragraphs.Insert(0, "我单位此前发出的监督文书逾期未获回复，现依程序升级处理。");
        }

        return new OfficialDocument(letter.IssuerAgency, letter.Number, letter.KindName, clock.LocalDate(letter.IssuedAt))
        {
            Addressee = $"{letter.RecipientName}：",
            Paragraphs = paragraphs,
            CopyTo = letter.LinkageNumber.Length > 0 ? $"联动编号：{letter.LinkageNumber}" : null,
        };
    }
}

internal sealed class LetterQueryEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/letters", (LetterStatus? status, LetterKind? kind, string? issuer, string? recipient, int? page, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListLettersQuery(status, kind, issuer, recipient, page ?? 1), ct));
        api.MapGet("/letters/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetLetterQuery(id), ct));
        api.MapGet("/letters/{id:guid}/document.docx", async (Guid id, LetterDocuments documents, CancellationToken ct) =>
        {
            var document = await documents.BuildAsync(id, ct);
            return Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: OfficialDocumentDocx.ContentType);
    }
}
