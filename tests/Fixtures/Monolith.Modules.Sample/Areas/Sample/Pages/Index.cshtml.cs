using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Sample.Features.OpenMatter;
using Monolith.Modules.Sample.Persistence;

namespace Monolith.Modules.Sample.Areas.Sample.Pages;

internal sealed class OpenInput
{
    public string? Title { get; set; }
}

/// <summary>The sample's pending deadlines, and a form that opens a matter (OpenMatterCommand).</summary>
internal sealed class IndexModel : DeadlinesPageModel<SampleDbContext>
{
    [BindProperty]
    public OpenInput Open { get; set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new OpenMatterCommand(Open.Title), opened => $"已登记示例事项，联动编号 {opened.LinkageNumber}。", nameof(Open));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
