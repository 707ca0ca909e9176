using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

/// <summary>
/// The mediator's queue (待办 by default, or every case, filtered by state, organisation and channel, paged), the
/// module's pending deadlines with the extension form, and its deadline rules as the deployment applies them.
/// </summary>
internal sealed class IndexModel(DeadlineCatalogue catalogue) : DeadlinesPageModel<MediationDbContext>
{
    [BindProperty(SupportsGet = true)]
    public CaseView View { get; set; } = CaseView.Todo;

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseListItem> Cases { get; private set; } = null!;

    public IReadOnlyList<OrganisationItem> Organisations { get; private set; } = [];

    public string ProfileName => catalogue.ProfileName;

    public IEnumerable<CatalogueEntry> Rules => catalogue.EntriesOf(MediationModule.Descriptor.Name);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["View"] = View.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Status is { } status)
        {
            query["Status"] = status.ToString();
        }

        if (OrganisationId is { } organisation)
        {
            query["OrganisationId"] = organisation.ToString();
        }

        if (Channel is { } channel)
        {
            query["Channel"] = channel.ToString();
        }

        return QueryHelpers.AddQueryString("/Mediation", query);
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var valid = ModelState.IsValid;
        Cases = await Mediator.Send(
            new ListCasesQuery(valid ? View : CaseView.Todo, valid ? Status : null, valid ? OrganisationId : null, valid ? Channel : null, null, valid ? PageNumber : 1),
            cancellationToken);
        Organisations = (await Mediator.Send(new ListOrganisationsQuery(PageSize: Paging.MaxPageSize), cancellationToken)).Items;
        await LoadDeadlinesAsync(cancellationToken);
        return true;
    }
}
