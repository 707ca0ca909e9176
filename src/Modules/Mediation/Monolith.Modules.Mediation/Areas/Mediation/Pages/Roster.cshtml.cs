using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class MediatorInput
{
    public Guid OrganisationId { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public List<MediatorQualifications> Qualifications { get; set; } = [];
}

internal sealed class ExpertFormInput
{
    public string? Name { get; set; }

    public string? Field { get; set; }

    public string? Affiliation { get; set; }

    public string? Phone { get; set; }
}

internal sealed class AvailabilityInput
{
    public Guid MediatorId { get; set; }

    public bool Available { get; set; }

    public string? Note { get; set; }
}

/// <summary>调解员名册 (by organisation, paged) with qualifications and availability, and the shared expert pool (paged).</summary>
internal sealed class RosterModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "ep")]
    public int ExpertPage { get; set; } = 1;

    [BindProperty]
    public MediatorInput Input { get; set; } = new();

    [BindProperty]
    public ExpertFormInput ExpertInput { get; set; } = new();

    [BindProperty]
    public AvailabilityInput Availability { get; set; } = new();

    public Paged<MediatorItem> Mediators { get; private set; } = null!;

    public Paged<ExpertItem> Experts { get; private set; } = null!;

    public IReadOnlyList<OrganisationItem> Organisations { get; private set; } = [];

    protected override string? StaleRecordMessage => "该调解员或调解组织已不存在。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostMediatorAsync() => SendAsync(
        new AddMediatorCommand(Input.OrganisationId, Input.Name, Input.Phone, Input.Qualifications), _ => $"已将{Input.Name}列入调解员名册。", nameof(Input));

    public Task<IActionResult> OnPostAvailabilityAsync() => SendAsync(
        new SetMediatorAvailabilityCommand(Availability.MediatorId, Availability.Available, Availability.Note),
        Availability.Available ? "已恢复接案。" : "已暂停接案。",
        nameof(Availability));

    public Task<IActionResult> OnPostExpertAsync() => SendAsync(
        new AddExpertCommand(ExpertInput.Name, ExpertInput.Field, ExpertInput.Affiliation, ExpertInput.Phone), _ => $"已将{ExpertInput.Name}列入专家库。", nameof(ExpertInput));

    public Task<IActionResult> OnPostExpertAvailabilityAsync(Guid expertId, bool available) =>
        SendAsync(new SetExpertAvailabilityCommand(expertId, available), available ? "专家已恢复参与调解。" : "专家已暂停参与调解。");

    public string MediatorsUrl(int page) => QueryHelpers.AddQueryString("/Mediation/Roster", new Dictionary<string, string?>
    {
        ["OrganisationId"] = OrganisationId?.ToString(), ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ep"] = ExpertPage.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public string ExpertsUrl(int page) => QueryHelpers.AddQueryString("/Mediation/Roster", new Dictionary<string, string?>
    {
        ["OrganisationId"] = OrganisationId?.ToString(), ["p"] = PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ep"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Mediators = await Mediator.Send(new ListMediatorsQuery(OrganisationId, Page: PageNumber), cancellationToken);
        Experts = await Mediator.Send(new ListExpertsQuery(Page: ExpertPage), cancellationToken);
        Organisations = (await Mediator.Send(new ListOrganisationsQuery(PageSize: Paging.MaxPageSize), cancellationToken)).Items;
        return true;
    }
}
