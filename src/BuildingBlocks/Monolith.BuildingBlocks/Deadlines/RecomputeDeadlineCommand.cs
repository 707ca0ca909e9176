using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>Recomputes a provisional deadline after the missing year's holiday schedule was published.</summary>
public sealed record RecomputeDeadlineCommand(string ModuleName, Guid DeadlineId) : ICommand<bool>, ITargetsModule, IAuditSubject
{
    string IAuditSubject.AuditSubject => DeadlineId.ToString();
}

internal sealed class RecomputeDeadlineHandler(IServiceProvider services, ModuleCatalog modules, DeadlineTracker tracker)
    : IRequestHandler<RecomputeDeadlineCommand, bool>
{
    public async Task<bool> Handle(RecomputeDeadlineCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.ModuleName);
        var deadline = await db.Deadlines.FindAsync([request.DeadlineId], cancellationToken);
        return deadline is { State: DeadlineState.Open, Provisional: true } && await tracker.RecomputeAsync(db, deadline, cancellationToken);
    }
}
