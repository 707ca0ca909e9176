using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Notifications;

namespace Monolith.Host.Pages;

/// <summary>我的提醒: the signed-in user's reminders and notices, from whichever module sent them.</summary>
internal sealed class InboxModel(IServiceProvider services) : PageModel
{
    public IReadOnlyList<InboxEntry> Entries { get; private set; } = [];

    public bool Available { get; private set; }

    private IUserInbox? Inbox => services.GetService<IUserInbox>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Available = Inbox is not null;
        Entries = Inbox is { } inbox ? await inbox.ListAsync(User.Identity!.Name!, 200, cancellationToken) : [];
    }

    public async Task<IActionResult> OnPostReadAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (Inbox is { } inbox)
        {
            await inbox.MarkReadAsync(User.Identity!.Name!, id, cancellationToken);
        }

        return RedirectToPage();
    }
}
