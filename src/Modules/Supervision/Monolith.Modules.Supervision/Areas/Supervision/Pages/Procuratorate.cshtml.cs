using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Features.Letters;
using Monolith.Modules.Supervision.Features.ListOversight;
using Monolith.Modules.Supervision.Features.SupportOfProsecution;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages;

/// <summary>
/// 检察监督: what the procuratorate acts on — support-of-prosecution requests to decide, its own 检察建议书/检察意见书
/// and the reports (提请处理函) that escalation chains ended in, and the agencies' missed deadlines not yet followed up.
/// </summary>
internal sealed class ProcuratorateModel : CommandPageModel
{
    [BindProperty]
    public Guid? CaseId { get; set; }

    [BindProperty]
    public bool? Supported { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public IReadOnlyList<SupportRequestView> Requests { get; private set; } = [];

    public IReadOnlyList<LetterView> ProcuratorialLetters { get; private set; } = [];

    public IReadOnlyList<LetterView> Reports { get; private set; } = [];

    public string OpenOversight { get; private set; } = "0";

    protected override string StaleRecordMessage => "该支持起诉申请不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostDecideAsync() => SendAsync(new DecideSupportOfProsecutionCommand(CaseId ?? Guid.Empty, Supported, Reasons), "已作出决定并答复申请机构。");

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Requests = await Mediator.Send(new ListSupportRequestsQuery(), cancellationToken);
        ProcuratorialLetters = [
            .. (await Mediator.Send(new ListLettersQuery(Kind: LetterKind.ProcuratorialSuggestion), cancellationToken)).Items,
            .. (await Mediator.Send(new ListLettersQuery(Kind: LetterKind.ProcuratorialOpinion), cancellationToken)).Items];
        Reports = (await Mediator.Send(new ListLettersQuery(Kind: LetterKind.EscalationReport), cancellationToken)).Items;
        OpenOversight = PagerView.Count(await Mediator.Send(new ListOversightEntriesQuery(OpenOnly: true, Paging: new PageRequest(1, 1)), cancellationToken));
        return true;
    }

    protected override void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => path switch { "supported" => nameof(Supported), "reasons" => nameof(Reasons), _ => null });
}
