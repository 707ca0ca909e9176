using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Auditing;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform.Audit;

namespace Monolith.Modules.Platform.Areas.Platform.Pages;

/// <summary>The audit log, newest first, filtered by subject (linkage number or case id) and/or user.</summary>
internal sealed class AuditModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? PageNumber { get; set; }

    public PagerView? Pager { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new ListAuditEntriesQuery(Subject?.Trim(), UserName?.Trim(), null, new PageRequest(Math.Max(PageNumber ?? 1, 1))), cancellationToken);
        Entries = page.Items;
        Pager = PagerView.For(page, Request);
    }
}

internal static class AuditText
{
    public static string Kind(AuditKind kind) => kind switch
    {
        AuditKind.Command => "办理操作",
        AuditKind.PersonalDataRead => "查阅个人信息",
        AuditKind.SignIn => "登录",
        _ => kind.ToString(),
    };

    public static string Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "成功",
        AuditOutcome.Rejected => "未通过校验",
        AuditOutcome.Refused => "被拒绝",
        AuditOutcome.NotFound => "未找到",
        AuditOutcome.Failed => "出错",
        _ => outcome.ToString(),
    };
}
