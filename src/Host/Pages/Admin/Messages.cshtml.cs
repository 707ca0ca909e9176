using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Web;

namespace Monolith.Host.Pages.Admin;

/// <summary>Failing and parked integration messages of every module, with a button to send one round again.</summary>
internal sealed class MessagesModel : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<MessageProblem> Problems { get; private set; } = [];

    public PagerView? Pager { get; private set; }

    protected override string StaleRecordMessage => "该消息已处理完毕或不存在，无需重新投递。";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostRetryAsync(string? module, MessageDirection direction, Guid eventId, string? messageHandler) => SendAsync(
        new RetryMessageCommand(module ?? string.Empty, direction, eventId, string.IsNullOrEmpty(messageHandler) ? null : messageHandler),
        "消息已重新排队投递。");

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListMessageProblemsQuery(new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Problems = page.Items;
        Pager = PagerView.For(page, Request);
        return true;
    }
}
