using FluentValidation;
using MediatR;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.Modules.Sample.Domain;
using Monolith.Modules.Sample.Persistence;

namespace Monolith.Modules.Sample.Features.OpenMatter;

/// <summary>登记示例事项: the matter gets a linkage number and its reply deadline starts.</summary>
internal sealed record OpenMatterCommand(string? Title) : ICommand<OpenedMatter>;

internal sealed record OpenedMatter(Guid Id, string LinkageNumber) : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;
}

internal sealed class OpenMatterValidator : AbstractValidator<OpenMatterCommand>
{
    public const int MaxTitleLength = 100;

    public OpenMatterValidator() => RuleFor(c => c.Title).NotEmpty().MaximumLength(MaxTitleLength).WithName("事项名称");
}

internal sealed class OpenMatterHandler(
    SampleDbContext db, LinkageNumberIssuer linkageNumbers, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<OpenMatterCommand, OpenedMatter>
{
    public async Task<OpenedMatter> Handle(OpenMatterCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var linkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken);
        var matter = SampleMatter.Open(Guid.CreateVersion7(now), linkageNumber, request.Title!.Trim(), now, user.UserName);
        db.Matters.Add(matter);
        await deadlines.StartAsync(
            db, SampleDeadlineRules.Reply, now, new DeadlineSubject(nameof(SampleMatter), matter.Id, linkageNumber, $"示例事项 {linkageNumber}（{matter.Title}）"),
            cancellationToken);
        return new OpenedMatter(matter.Id, linkageNumber);
    }
}
