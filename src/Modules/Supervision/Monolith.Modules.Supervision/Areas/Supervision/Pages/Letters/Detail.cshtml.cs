using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Features.Letters;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Letters;

/// <summary>One letter: its facts, its chain, and the forms for the reply, the rectification and the escalation.</summary>
internal sealed class DetailModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ReplyInput ReplyForm { get; set; } = new();

    [BindProperty]
    public RectificationInput RectificationForm { get; set; } = new();

    [BindProperty]
    public EscalateInput EscalateForm { get; set; } = new();

    public LetterDetail Detail { get; private set; } = null!;

    public LetterView Letter => Detail.Letter;

    public bool CanReply => Letter.ReplyRuleId is not null && Letter.Reply is null;

    public bool CanRectify => Letter.Reply is not null && Letter.RectifiedAt is null;

    public bool CanEscalate => Letter.Status == LetterStatus.Overdue && Letter.NextKindName is not null;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostReplyAsync() =>
        SendAsync(new RecordLetterReplyCommand(Id, ReplyForm.Reply, ReplyForm.RepliedOn), "已登记回复。", nameof(ReplyForm), new { Id });

    public Task<IActionResult> OnPostRectificationAsync() =>
        SendAsync(new RecordRectificationCommand(Id, RectificationForm.Evidence), "已登记整改情况。", nameof(RectificationForm), new { Id });

    public Task<IActionResult> OnPostEscalateAsync() => SendAsync(
        new EscalateLetterCommand(Id, EscalateForm.RecipientName, EscalateForm.Findings, EscalateForm.Requests),
        _ => "已升级，新文书已进入台账。",
        nameof(EscalateForm),
        next: id => Redirect($"/Supervision/Letters/{id}"));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Detail = await Mediator.Send(new GetLetterQuery(Id), cancellationToken);
        }
        catch (BuildingBlocks.Application.NotFoundException)
        {
            return false;
        }

        if (Request.Method == "GET")
        {
            EscalateForm.RecipientName ??= LetterKinds.Next(Letter.Kind) is { } next && LetterKinds.RecipientOf(next) == RecipientKind.Employer ? Letter.RecipientName : null;
            EscalateForm.Findings ??= Letter.Findings;
            EscalateForm.Requests ??= Letter.Requests;
        }

        return true;
    }

    internal sealed class ReplyInput
    {
        public string? Reply { get; set; }

        public DateOnly? RepliedOn { get; set; }
    }

    internal sealed class RectificationInput
    {
        public string? Evidence { get; set; }
    }

    internal sealed class EscalateInput
    {
        public string? RecipientName { get; set; }

        public string? Findings { get; set; }

        public string? Requests { get; set; }
    }
}
