using Microsoft.AspNetCore.Mvc;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Web;

/// <summary>The extension form of one deadline in a deadline list (the shared _Deadlines partial).</summary>
public sealed class ExtendDeadlineInput
{
    public Guid DeadlineId { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? Reason { get; set; }

    /// <summary>Only for an extension by the parties' agreement: the new last day they agreed on.</summary>
    public DateOnly? AgreedDueDate { get; set; }
}

/// <summary>
/// What the shared _Deadlines partial shows: the deadlines, and, when <paramref name="Extension"/> is given, an extension
/// form on each deadline that may still be extended, posted to the page's "ExtendDeadline" handler
/// (<see cref="DeadlinesPageModel{TModuleDbContext}"/>). The form just posted, if any, keeps its values and errors.
/// </summary>
public sealed record DeadlineTable(IReadOnlyList<DeadlineView> Deadlines, ExtendDeadlineInput? Extension = null);

/// <summary>
/// Base of a module page that lists the module's pending deadlines and lets staff record an approved extension of one
/// of them, through <see cref="ExtendDeadlineCommand{TModuleDbContext}"/> closed over the module's own DbContext.
/// </summary>
public abstract class DeadlinesPageModel<TModuleDbContext> : CommandPageModel
    where TModuleDbContext : ModuleDbContext
{
    [BindProperty]
    public ExtendDeadlineInput Extension { get; set; } = new();

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    /// <summary>The list with its extension forms, for the _Deadlines partial.</summary>
    public DeadlineTable DeadlineTable => new(Deadlines, Extension);

    protected override string? StaleRecordMessage => "该期限已办结或已撤销，无需延长。";

    public Task<IActionResult> OnPostExtendDeadlineAsync() => SendAsync(
        new ExtendDeadlineCommand<TModuleDbContext>(Extension.DeadlineId, Extension.ApprovedBy, Extension.ApprovedOn, Extension.Reason, Extension.AgreedDueDate),
        "已记录延长，期限已重新计算。",
        nameof(Extension));

    /// <summary>Loads the module's pending deadlines, soonest first.</summary>
    protected async Task LoadDeadlinesAsync(CancellationToken cancellationToken) =>
        Deadlines = await Mediator.Send(new ListDeadlinesQuery<TModuleDbContext>(DeadlineFilter.Pending), cancellationToken);
}
