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

internal sealed class EngagementInput
{
    public Guid LawyerId { get; set; }

    public string? EmployerName { get; set; }

    public string? EmployerCreditCode { get; set; }

    public string? Matter { get; set; }
}

/// <summary>The roster with each member's workload and the employers they act for (the conflict check reads them); forms to add a member and declare an engagement.</summary>
internal sealed class LawyersModel : CommandPageModel
{
    [BindProperty]
    public LawyerInput Input { get; set; } = new();

    [BindProperty]
    public EngagementInput Engagement { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public IReadOnlyList<LawyerWorkload> Lawyers { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() =>
        SendAsync(new AddLawyerCommand(Input.Name, Input.Firm, Input.Phone), _ => $"已将{Input.Name?.Trim()}加入名册。", nameof(Input));

    public Task<IActionResult> OnPostEngagementAsync() =>
        SendAsync(new DeclareEngagementCommand(Engagement.LawyerId, Engagement.EmployerName, Engagement.EmployerCreditCode, Engagement.Matter), "已登记代理用人单位事务，指派时将进行利益冲突检查。", nameof(Engagement));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new LawyerWorkloadQuery(Search: Search?.Trim(), Paging: new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Lawyers = page.Items;
        Pager = PagerView.For(page, Request);
        return true;
    }
}
