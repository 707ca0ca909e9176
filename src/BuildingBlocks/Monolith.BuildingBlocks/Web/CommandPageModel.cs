using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// Base of every page that sends commands from its forms. <see cref="SendAsync{TResult}"/> runs a command the one way
/// all pages do: on success a notice and a redirect to this page (post-redirect-get); on a validation failure the
/// messages next to the form fields that caused them; a refusal by a business rule at the top of the form; an unknown
/// record as 404. The page shows itself again through <see cref="LoadAsync"/>.
/// </summary>
public abstract class CommandPageModel : PageModel
{
    protected IMediator Mediator => HttpContext.RequestServices.GetRequiredService<IMediator>();

    /// <summary>
    /// For a page that lists records and acts on one of them: what to say when that record is gone by the time the
    /// form is sent (someone else handled it), instead of answering 404.
    /// </summary>
    protected virtual string? StaleRecordMessage => null;

    /// <summary>Loads what the page shows; false when the record it shows does not exist (404).</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Shows the page, or 404.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Sends <paramref name="command"/> and answers as described on the class.</summary>
    /// <param name="command">The command, built from the bound input model.</param>
    /// <param name="notice">What to tell the user on success.</param>
    /// <param name="input">
    /// The bound input model's property name (e.g. "Refer"): a command field "consentGiven" is shown at the form field
    /// "Refer.ConsentGiven". Null when the command's fields are the page's own properties.
    /// </param>
    /// <param name="routeValues">Route values of the page to come back to (e.g. <c>new { id }</c>).</param>
    /// <param name="next">Where to go on success, when not back to this page (e.g. to the record just created).</param>
    protected async Task<IActionResult> SendAsync<TResult>(
        IRequest<TResult> command, Func<TResult, string> notice, string? input = null, object? routeValues = null, Func<TResult, IActionResult>? next = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var cancellationToken = HttpContext.RequestAborted;
        if (ModelState.IsValid)
        {
            try
            {
                var result = await Mediator.Send(command, cancellationToken);
                TempData["Notice"] = notice(result);
                return next?.Invoke(result) ?? RedirectToPage(routeValues);
            }
            catch (RequestValidationException invalid)
            {
                AddValidationErrors(invalid, input);
            }
            catch (BusinessRuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
            catch (NotFoundException) when (StaleRecordMessage is { } message)
            {
                ModelState.AddModelError(string.Empty, message);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return await ShowAsync(cancellationToken);
    }

    protected Task<IActionResult> SendAsync<TResult>(IRequest<TResult> command, string notice, string? input = null, object? routeValues = null) =>
        SendAsync(command, _ => notice, input, routeValues);

    /// <summary>
    /// Puts each message at the form field of its JSON path ("claims[0].amount" → "{input}.Claims[0].Amount"). A page
    /// whose form does not mirror its command (a list typed as lines of text, say) overrides this.
    /// </summary>
    protected virtual void AddValidationErrors(RequestValidationException invalid, string? input) =>
        PageText.AddErrors(ModelState, invalid, path => FieldPath.ToFormField(input, path));
}
