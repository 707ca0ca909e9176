using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Cases;

namespace Monolith.Modules.Union.Areas.Union.Pages.Cases;

internal sealed class ConsultationInput
{
    public ServiceChannel? Channel { get; set; }

    public string? WorkerName { get; set; }

    public string? ResidentIdNumber { get; set; }

    public string? Phone { get; set; }

    public bool IsPlatformWorker { get; set; }

    public bool IsMigrantWorker { get; set; }

    public string? EmployerName { get; set; }

    public string? EmployerCreditCode { get; set; }

    public string? Question { get; set; }

    public string? Answer { get; set; }
}

/// <summary>登记咨询/诉求 through RegisterConsultationCommand; on success to the new matter.</summary>
internal sealed class RegisterModel : CommandPageModel
{
    [BindProperty]
    public ConsultationInput Input { get; set; } = new();

    public Task<IActionResult> OnPostAsync() => SendAsync(
        new RegisterConsultationCommand(Input.Channel, Input.WorkerName, Input.ResidentIdNumber, Input.Phone, Input.IsPlatformWorker, Input.IsMigrantWorker,
            Input.EmployerName, Input.EmployerCreditCode, Input.Question, Input.Answer),
        registered => $"已登记，联动编号 {registered.LinkageNumber}。",
        nameof(Input),
        next: registered => RedirectToPage("Consultation", new { id = registered.Id }));

    protected override Task<bool> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
