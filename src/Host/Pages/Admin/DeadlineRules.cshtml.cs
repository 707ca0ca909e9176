using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Host.Pages.Admin;

/// <summary>The whole deadline catalogue, by agency, as the active local policy applies it.</summary>
internal sealed class DeadlineRulesModel(DeadlineCatalogue catalogue, ModuleDirectory modules) : PageModel
{
    public string ProfileName => catalogue.ProfileName;

    public IReadOnlyList<IGrouping<string, CatalogueEntry>> Groups { get; private set; } = [];

    public void OnGet() => Groups = catalogue.ByAgency(modules);
}
