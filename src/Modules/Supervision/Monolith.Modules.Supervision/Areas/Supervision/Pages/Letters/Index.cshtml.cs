using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Features.Letters;

namespace Monolith.Modules.Supervision.Areas.Supervision.Pages.Letters;

/// <summary>监督文书台账: every letter, filtered and paged, and the form to register a procuratorate's or court's letter.</summary>
internal sealed class IndexModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public LetterStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public LetterKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Recipient { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public RegisterInput Register { get; set; } = new();

    public LetterPage Letters { get; private set; } = new([], 0, 1, ListLettersQuery.PageSize);

    public int PageCount => Math.Max(1, (Letters.Total + Letters.PageSize - 1) / Letters.PageSize);

    public string PageUrl(int page) => Url.Page("/Letters/Index", new { area = "Supervision", Status, Kind, Issuer, Recipient, p = page })!;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostRegisterAsync() => SendAsync(
        new RegisterLetterCommand(
            Register.Kind, Register.Number, Register.IssuerAgency, Register.RecipientKind, Register.RecipientName, Register.RecipientCreditCode, Register.Findings,
            Register.LegalBasis, Register.Requests, Register.LinkageNumber),
        _ => "已登记文书，回复期限已开始计算。",
        nameof(Register),
        next: id => Redirect($"/Supervision/Letters/{id}"));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Letters = await Mediator.Send(new ListLettersQuery(Status, Kind, Issuer, Recipient, PageNumber), cancellationToken);
        return true;
    }

    internal sealed class RegisterInput
    {
        public LetterKind? Kind { get; set; } = LetterKind.ProcuratorialSuggestion;

        public string? Number { get; set; }

        public string? IssuerAgency { get; set; }

        public RecipientKind? RecipientKind { get; set; } = Domain.Letters.RecipientKind.Department;

        public string? RecipientName { get; set; }

        public string? RecipientCreditCode { get; set; }

        public string? Findings { get; set; }

        public string? LegalBasis { get; set; }

        public string? Requests { get; set; }

        public string? LinkageNumber { get; set; }
    }
}
