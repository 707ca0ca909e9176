using MediatR;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Violating;

/// <summary>VIOLATION (module isolation): recomputes another module's deadline through a platform command addressed by module name.</summary>
internal sealed class ModuleNameBackdoor(IMediator mediator)
{
    public Task RecomputeLegalAidDeadline(Guid deadlineId) =>
        mediator.Send(new RecomputeDeadlineCommand("LegalAid", deadlineId));
}
