using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Features.Meetings;

namespace Monolith.Modules.Union.Areas.Union.Pages.My;

/// <summary>会议纪要, printable (print CSS hides the site's frame): published minutes for every staff member, drafts for administrators.</summary>
internal sealed class MinutesModel(MediatR.IMediator mediator) : PageModel
{
    public MeetingDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Details = await mediator.Send(new GetMeetingQuery(id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Details.Meeting.Status == MeetingStatus.MinutesPublished || (User.IsInRole(PlatformRoles.Administrator) && Details.Summary is not null)
            ? Page()
            : NotFound();
    }
}
