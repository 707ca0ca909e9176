using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;

namespace Monolith.Host.Pages.Admin;

/// <summary>Failing and parked integration messages of every module, with a button to send one round again.</summary>
internal sealed class MessagesModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<MessageProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Problems = await mediator.Send(new ListMessageProblemsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(string? module, MessageDirection direction, Guid eventId, string? messageHandler, CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new RetryMessageCommand(module ?? string.Empty, direction, eventId, string.IsNullOrEmpty(messageHandler) ? null : messageHandler), cancellationToken);
            TempData["Notice"] = "消息已重新排队投递。";
            return RedirectToPage();
        }
        catch (RequestValidationException invalid)
        {
            ValidationErrors.AddTo(ModelState, invalid, _ => null);
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError(string.Empty, "该消息已处理完毕或不存在，无需重新投递。");
        }
        catch (BusinessRuleViolationException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
        }

        Problems = await mediator.Send(new ListMessageProblemsQuery(), cancellationToken);
        return Page();
    }
}
