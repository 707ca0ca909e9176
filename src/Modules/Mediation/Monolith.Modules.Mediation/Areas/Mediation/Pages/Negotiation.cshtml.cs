using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Features;
using Monolith.Modules.Mediation.Features.Negotiations;
using Monolith.Modules.Mediation.Features.Organisations;

namespace Monolith.Modules.Mediation.Areas.Mediation.Pages;

internal sealed class AnswerInput
{
    public string? Note { get; set; }
}

internal sealed class SettlementInput
{
    public string? Terms { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? PerformanceDueDate { get; set; }

    public DateOnly? SignedOn { get; set; }
}

internal sealed class TransferInput
{
    public Guid? OrganisationId { get; set; }

    public List<ClaimRow> Claims { get; set; } = [new(), new()];
}

/// <summary>One negotiation (an audited read): the employer's answer, the settlement and its performance, or the move to mediation.</summary>
internal sealed class NegotiationModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AnswerInput Answer { get; set; } = new();

    [BindProperty]
    public SettlementInput Settlement { get; set; } = new();

    [BindProperty]
    public AnswerInput EndNote { get; set; } = new();

    [BindProperty]
    public TransferInput Transfer { get; set; } = new();

    public NegotiationDetails Details { get; private set; } = null!;

    public IReadOnlyList<OrganisationItem> Organisations { get; private set; } = [];

    private object Route => new { id = Id };

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostWillingAsync() =>
        SendAsync(new RecordNegotiationAnswerCommand(Id, true, Answer.Note), "已记录用人单位同意协商。", nameof(Answer), Route);

    public Task<IActionResult> OnPostRefusedAsync() =>
        SendAsync(new RecordNegotiationAnswerCommand(Id, false, Answer.Note), "已记录用人单位拒绝协商。", nameof(Answer), Route);

    public Task<IActionResult> OnPostSettlementAsync() => SendAsync(
        new RecordSettlementCommand(Id, Settlement.Terms, Settlement.Amount, Settlement.PerformanceDueDate, Settlement.SignedOn), "已记录和解协议。", nameof(Settlement), Route);

    public Task<IActionResult> OnPostEndAsync() => SendAsync(new EndNegotiationCommand(Id, EndNote.Note), "已记录协商不成。", nameof(EndNote), Route);

    public Task<IActionResult> OnPostPerformanceAsync(bool performed) =>
        SendAsync(new RecordSettlementPerformanceCommand(Id, performed), performed ? "已记录和解协议履行。" : "已记录和解协议未履行，可转调解。", routeValues: Route);

    public Task<IActionResult> OnPostTransferAsync() => SendAsync(
        new TransferToMediationCommand(
            Id,
            Transfer.OrganisationId,
            [.. Transfer.Claims.Where(c => c.Kind is not null || c.Amount is not null).Select(c => new ClaimInput(c.Kind, c.Amount, c.Description))]),
        registered => $"已转调解，联动编号 {registered.LinkageNumber} 不变。",
        nameof(Transfer),
        next: registered => RedirectToPage("/Case", new { id = registered.Id }));

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Details = await Mediator.Send(new GetNegotiationQuery(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        if (Details.CanGoToMediation)
        {
            Organisations = (await Mediator.Send(new ListOrganisationsQuery(ReceivingOnly: true, PageSize: Paging.MaxPageSize), cancellationToken)).Items;
        }

        return true;
    }
}
