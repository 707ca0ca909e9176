using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Features.Cases;

namespace Monolith.Modules.Union.Areas.Union.Pages.Cases;

internal sealed class LetterInput
{
    public UnionSupervisionLetterKind? Kind { get; set; }

    public string? Recipient { get; set; }

    public string? RecipientCreditCode { get; set; }

    public string? Findings { get; set; }

    public string? Requests { get; set; }

    public string? LinkageNumber { get; set; }
}

/// <summary>“一函两书”: the union's list of issued letters (filtered by kind) and the form to issue one.</summary>
internal sealed class LettersModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public UnionSupervisionLetterKind? Kind { get; set; }

    [BindProperty]
    public LetterInput Input { get; set; } = new();

    public IReadOnlyList<LetterView> Letters { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new IssueSupervisionLetterCommand(Input.Kind, Input.Recipient, Input.RecipientCreditCode, Input.Findings, Input.Requests, Input.LinkageNumber),
        issued => $"已发出 {issued.Number}。",
        nameof(Input));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Letters = await Mediator.Send(new ListSupervisionLettersQuery(ModelState.IsValid ? Kind : null), cancellationToken);
        return true;
    }
}
