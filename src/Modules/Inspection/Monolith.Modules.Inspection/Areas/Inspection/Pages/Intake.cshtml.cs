using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.RegisterMatter;

namespace Monolith.Modules.Inspection.Areas.Inspection.Pages;

internal sealed class WorkerRow
{
    public string? Name { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public bool IsMigrantWorker { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(ResidentIdNumber) && string.IsNullOrWhiteSpace(Phone);
}

internal sealed class IntakeInput
{
    public const int MinimumWorkerRows = 3;

    public MatterKind Kind { get; set; } = MatterKind.Complaint;

    public IntakeChannel Channel { get; set; } = IntakeChannel.JointWindow;

    public string? ChannelReference { get; set; }

    public string? ExistingLinkageNumber { get; set; }

    public List<WorkerRow> Workers { get; set; } = [];

    public string? EmployerName { get; set; }

    public string? CreditCode { get; set; }

    public string? EmployerAddress { get; set; }

    public string? DivisionCode { get; set; }

    public ViolationCategory Category { get; set; } = ViolationCategory.UnpaidWages;

    public string? Facts { get; set; }

    public decimal? AmountInvolved { get; set; }

    public DateOnly? ViolationStartedOn { get; set; }

    public DateOnly? ViolationEndedOn { get; set; }

    public bool ViolationContinuing { get; set; }

    public bool ConfirmNotDuplicate { get; set; }
}

/// <summary>
/// 登记投诉/举报 through <see cref="RegisterMatterCommand"/>. Before a matter is opened, open matters on the same employer
/// for one of the same workers are shown; the officer registers anyway only by confirming it is a different matter.
/// </summary>
internal sealed class IntakeModel(IOptions<DeploymentOptions> deployment) : CommandPageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    public IReadOnlyList<OpenMatter> Duplicates { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Districts => Monolith.Modules.Inspection.Districts.Of(deployment.Value.DivisionCode);

    public void OnGet() => EnsureRows();

    /// <summary>One more worker row, keeping what was typed (no script needed).</summary>
    public IActionResult OnPostAddRow()
    {
        ModelState.Clear();
        Input.Workers.Add(new WorkerRow());
        EnsureRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        EnsureRows();
        var rows = SubmittedRows();
        if (!Input.ConfirmNotDuplicate && ModelState.IsValid)
        {
            Duplicates = await Mediator.Send(new FindOpenMattersQuery(
                Input.CreditCode, Input.EmployerName, [.. rows.Select(r => r.Worker.ResidentIdNumber).OfType<string>()]), HttpContext.RequestAborted);
            if (Duplicates.Count > 0)
            {
                return Page();
            }
        }

        var command = new RegisterMatterCommand(
            Input.Kind,
            Input.Channel,
            rows.ConvertAll(r => new WorkerInput(r.Worker.Name, r.Worker.ResidentIdNumber, r.Worker.Phone, r.Worker.IsMigrantWorker)),
            new EmployerInput(Input.EmployerName, Input.CreditCode, Input.EmployerAddress),
            Input.DivisionCode,
            Input.Category,
            Input.Facts,
            Input.AmountInvolved,
            Input.ViolationStartedOn,
            Input.ViolationEndedOn,
            Input.ViolationContinuing,
            Input.ChannelReference,
            Input.ExistingLinkageNumber,
            Input.ConfirmNotDuplicate);
        return await SendAsync(
            command,
            registered => $"已登记{InspectionText.Kind(Input.Kind)}，联动编号 {registered.LinkageNumber}。",
            next: registered => RedirectToPage("Case", new { id = registered.Id }));
    }

    protected override Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Blank worker rows are not sent: "workers[1].phone" names the form row it came from.</summary>
    protected override void AddValidationErrors(RequestValidationException invalid, string? input)
    {
        var rows = SubmittedRows().ConvertAll(r => r.Row);
        PageText.AddErrors(ModelState, invalid, path => FieldFor(path, rows));
    }

    private List<(WorkerRow Worker, int Row)> SubmittedRows() =>
        [.. Input.Workers.Select((worker, row) => (worker, row)).Where(w => !w.worker.IsBlank)];

    private static string? FieldFor(string path, List<int> rows)
    {
        switch (path)
        {
            case "employer.name": return "Input.EmployerName";
            case "employer.creditCode": return "Input.CreditCode";
            case "employer.address": return "Input.EmployerAddress";
            case "workers": return "Input.Workers";
            case "employer": return "Input.EmployerName";
        }

        if (path.StartsWith("workers[", StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is var close and > 8
            && int.TryParse(path.AsSpan(8, close - 8), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < rows.Count)
        {
            var property = path[(close + 1)..].TrimStart('.');
            return property.Length == 0 ? "Input.Workers" : $"Input.Workers[{rows[index]}].{char.ToUpperInvariant(property[0])}{property[1..]}";
        }

        return FieldPath.ToFormField("Input", path);
    }

    private void EnsureRows()
    {
        while (Input.Workers.Count < IntakeInput.MinimumWorkerRows)
        {
            Input.Workers.Add(new WorkerRow());
        }
    }
}
