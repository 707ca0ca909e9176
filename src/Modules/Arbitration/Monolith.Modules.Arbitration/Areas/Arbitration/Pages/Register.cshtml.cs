using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.RegisterApplication;

namespace Monolith.Modules.Arbitration.Areas.Arbitration.Pages;

internal sealed class ClaimRow
{
    public ClaimType? Type { get; set; }

    public decimal? Amount { get; set; }

    public string? Description { get; set; }

    public bool IsBlank => Type is null && Amount is null && string.IsNullOrWhiteSpace(Description);
}

internal sealed class RegisterInput
{
    public const int MinimumClaimRows = 3;

    public string? ApplicantName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public bool IsMigrantWorker { get; set; }

    public string? RespondentName { get; set; }

    public string? CreditCode { get; set; }

    public List<ClaimRow> Claims { get; set; } = [];

    public ApplicationChannel Channel { get; set; }

    public int WorkerCount { get; set; } = 1;

    public DateOnly? KnewOfInfringementOn { get; set; }

    public DateOnly? EmploymentEndedOn { get; set; }

    /// <summary>One interruption of the limitation period (a complaint, a mediation, a demand), the common case; more through the API.</summary>
    public DateOnly? InterruptedOn { get; set; }

    public string? InterruptionNote { get; set; }
}

/// <summary>登记仲裁申请 through RegisterApplicationCommand; on success, straight to the new application.</summary>
internal sealed class RegisterModel : CommandPageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet() => EnsureRows();

    /// <summary>One more claim row, keeping what was typed (no script needed).</summary>
    public IActionResult OnPostAddRow()
    {
        ModelState.Clear();
        Input.Claims.Add(new ClaimRow());
        EnsureRows();
        return Page();
    }

    public Task<IActionResult> OnPostAsync()
    {
        EnsureRows();
        var command = new RegisterApplicationCommand(
            new WorkerInput(Input.ApplicantName, Input.ResidentIdNumber, Input.Phone, Input.IsMigrantWorker),
            new EmployerInput(Input.RespondentName, Input.CreditCode),
            SubmittedRows().ConvertAll(c => new ClaimInput(c.Claim.Type, c.Claim.Amount, c.Claim.Description)),
            Input.Channel,
            Input.WorkerCount,
            Input.KnewOfInfringementOn,
            Input.EmploymentEndedOn,
            Input.InterruptedOn is { } interrupted
                ? [new LimitationEventInput(LimitationEventKind.Interruption, interrupted, null, string.IsNullOrWhiteSpace(Input.InterruptionNote) ? "请求权利救济" : Input.InterruptionNote)]
                : []);
        return SendAsync(
            command,
            registered => $"已登记仲裁申请，联动编号 {registered.LinkageNumber}。",
            next: registered => RedirectToPage("Application", new { id = registered.Id }));
    }

    protected override Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The form is flat, and blank claim rows are not sent: "claims[2].amount" names the form row it came from.</summary>
    protected override void AddValidationErrors(RequestValidationException invalid, string? input)
    {
        var rows = SubmittedRows().ConvertAll(r => r.Row);
        PageText.AddErrors(ModelState, invalid, path => FieldFor(path, rows));
    }

    /// <summary>The claim rows that were filled in, with their position on the form.</summary>
    private List<(ClaimRow Claim, int Row)> SubmittedRows() =>
        [.. Input.Claims.Select((claim, row) => (claim, row)).Where(c => !c.claim.IsBlank)];

    private static string? FieldFor(string path, List<int> rows)
    {
        switch (path)
        {
            case "applicant.name": return "Input.ApplicantName";
            case "applicant.residentIdNumber": return "Input.ResidentIdNumber";
            case "applicant.phone": return "Input.Phone";
            case "respondent.name": return "Input.RespondentName";
            case "respondent.creditCode": return "Input.CreditCode";
            case "claims": return "Input.Claims";
            case "channel": return "Input.Channel";
            case "workerCount": return "Input.WorkerCount";
            case "knewOfInfringementOn": return "Input.KnewOfInfringementOn";
            case "employmentEndedOn": return "Input.EmploymentEndedOn";
            case "limitationEvents[0].from": return "Input.InterruptedOn";
            case "limitationEvents[0].note": return "Input.InterruptionNote";
        }

        // claims[2].amount → the form row that claim came from.
        if (path.StartsWith("claims[", StringComparison.Ordinal) && path.IndexOf(']', StringComparison.Ordinal) is var close and > 7
            && int.TryParse(path.AsSpan(7, close - 7), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index < rows.Count)
        {
            var property = path[(close + 1)..].TrimStart('.');
            return property.Length == 0
                ? "Input.Claims"
                : $"Input.Claims[{rows[index]}].{char.ToUpperInvariant(property[0])}{property[1..]}";
        }

        return null;
    }

    private void EnsureRows()
    {
        while (Input.Claims.Count < RegisterInput.MinimumClaimRows)
        {
            Input.Claims.Add(new ClaimRow());
        }
    }
}
