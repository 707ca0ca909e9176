using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Features.Lawyers;

namespace Monolith.Modules.LegalAid.Areas.LegalAid.Pages;

internal sealed class LawyerInput
{
    public string? Name { get; set; }

    public string? Firm { get; set; }

    public string? Phone { get; set; }
}

/// <summary>The roster of lawyers who can be assigned, and a form to add one (AddLawyerCommand).</summary>
internal sealed class LawyersModel : CommandPageModel
{
    [BindProperty]
    public LawyerInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<LawyerView> Lawyers { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() =>
        SendAsync(new AddLawyerCommand(Input.Name, Input.Firm, Input.Phone), $"已将{Input.Name?.Trim()}加入名册。", nameof(Input));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListLawyersQuery(ActiveOnly: false, Search?.Trim(), new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Lawyers = page.Items;
        Pager = PagerView.For(page, Request);
        return true;
    }
}
