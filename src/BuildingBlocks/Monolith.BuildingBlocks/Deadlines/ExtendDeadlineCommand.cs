using FluentValidation;
using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// 延长期限: records an approved extension of one of the module's own deadlines (e.g. +30 working days for a complex
/// inspection case, approved by the department head), or one the parties agreed to, with the new due date they agreed.
/// Who approved it, on which day and why are stored on the deadline with who entered it. The module is named by its
/// own DbContext type, as for <see cref="ListDeadlinesQuery{TModuleDbContext}"/>, so no module can extend another's.
/// </summary>
/// <param name="AgreedDueDate">The new last day the parties agreed on; only for an extension by agreement.</param>
public sealed record ExtendDeadlineCommand<TModuleDbContext>(Guid DeadlineId, string? ApprovedBy, DateOnly? ApprovedOn, string? Reason, DateOnly? AgreedDueDate = null)
    : ICommand<MediatR.Unit>, IModuleScopedRequest, IAuditSubject
    where TModuleDbContext : ModuleDbContext
{
    string IAuditSubject.AuditSubject => DeadlineId.ToString();

    Type IModuleScopedRequest.ModuleDbContextType => typeof(TModuleDbContext);
}

/// <summary>Registered once per module, closed over its DbContext (<see cref="PlatformServiceCollectionExtensions.AddModule{TDbContext}"/>).</summary>
internal sealed class ExtendDeadlineValidator<TModuleDbContext> : AbstractValidator<ExtendDeadlineCommand<TModuleDbContext>>
    where TModuleDbContext : ModuleDbContext
{
    public ExtendDeadlineValidator(DeploymentClock clock)
    {
        RuleFor(c => c.ApprovedBy).NotEmpty().MaximumLength(64).WithName("批准人");
        RuleFor(c => c.ApprovedOn).NotNull().WithName("批准日期");
        RuleFor(c => c.ApprovedOn).Must(date => date <= clock.Today).When(c => c.ApprovedOn is not null).WithMessage("批准日期不能晚于今天。");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName("延长理由");
    }
}

/// <summary>Registered once per module, closed over its DbContext.</summary>
internal sealed class ExtendDeadlineHandler<TModuleDbContext>(TModuleDbContext db, DeadlineTracker tracker, ICurrentUser user)
    : IRequestHandler<ExtendDeadlineCommand<TModuleDbContext>, MediatR.Unit>
    where TModuleDbContext : ModuleDbContext
{
    public async Task<MediatR.Unit> Handle(ExtendDeadlineCommand<TModuleDbContext> request, CancellationToken cancellationToken)
    {
        var deadline = await db.Deadlines.FindAsync([request.DeadlineId], cancellationToken);
        if (deadline is not { IsPending: true })
        {
            throw new NotFoundException("待办期限", request.DeadlineId);
        }

        var approval = new ExtensionApproval(request.ApprovedBy!.Trim(), request.ApprovedOn!.Value, request.Reason!.Trim(), request.AgreedDueDate);
        await tracker.ExtendAsync(db, deadline, approval, user.UserName, cancellationToken);
        return MediatR.Unit.Value;
    }
}
