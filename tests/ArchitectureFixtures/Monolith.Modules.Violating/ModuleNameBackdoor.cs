using MediatR;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Violating;

/// <summary>VIOLATION (module isolation): extends another module's deadline through a platform command addressed by module name.</summary>
internal sealed class ModuleNameBackdoor(IMediator mediator)
{
    public Task ExtendLegalAidDeadline(Guid deadlineId) =>
        mediator.Send(new ExtendDeadlineCommand("LegalAid", deadlineId, "某科长", "绕过模块边界"));
}
