using FluentValidation;
using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>Extends a deadline by its rule's statutory extension (e.g. +30 working days for a complex inspection case).</summary>
public sealed record ExtendDeadlineCommand(string ModuleName, Guid DeadlineId, string? ApprovedBy, string? Reason)
    : ICommand<MediatR.Unit>, ITargetsModule, IAuditSubject
{
    string IAuditSubject.AuditSubject => DeadlineId.ToString();
}

internal sealed class ExtendDeadlineValidator : AbstractValidator<ExtendDeadlineCommand>
{
    public ExtendDeadlineValidator()
    {
        RuleFor(c => c.ApprovedBy).NotEmpty().MaximumLength(64).WithName("批准人");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName("延长理由");
    }
}

internal sealed class ExtendDeadlineHandler(IServiceProvider services, ModuleCatalog modules, DeadlineTracker tracker)
    : IRequestHandler<ExtendDeadlineCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ExtendDeadlineCommand request, CancellationToken cancellationToken)
    {
        var db = modules.DbContext(services, request.ModuleName);
        var deadline = await db.Deadlines.FindAsync([request.DeadlineId], cancellationToken);
        if (deadline is not { IsPending: true })
        {
            throw new NotFoundException("待办期限", request.DeadlineId);
        }

        await tracker.ExtendAsync(db, deadline, cancellationToken);
        return MediatR.Unit.Value;
    }
}
