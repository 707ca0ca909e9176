using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Investigation;

/// <summary>调查询问通知书: the employer is to appear at the time and place given, with the materials listed (监察条例 第十五条).</summary>
internal sealed record IssueInquiryCommand(Guid CaseId, DateOnly? AppearOn, TimeOnly? AppearAt, string? Place, string? Materials) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class IssueInquiryValidator : AbstractValidator<IssueInquiryCommand>
{
    public IssueInquiryValidator(DeploymentClock clock)
    {
        RuleFor(c => c.AppearOn).NotNull().GreaterThanOrEqualTo(_ => clock.Today).WithMessage("请填写接受询问的日期（不早于今天）。");
        RuleFor(c => c.AppearAt).NotNull().WithMessage("请填写接受询问的时间。");
        RuleFor(c => c.Place).NotEmpty().MaximumLength(200).WithName("地点");
        RuleFor(c => c.Materials).NotEmpty().MaximumLength(2000).WithName("需提供的材料");
    }
}

internal sealed class IssueInquiryHandler(InspectionDbContext db, DocumentNumbers numbers, DeploymentClock clock, ICurrentUser user) : IRequestHandler<IssueInquiryCommand, Guid>
{
    public async Task<Guid> Handle(IssueInquiryCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        var appearAt = clock.StartOfDay(request.AppearOn!.Value) + request.AppearAt!.Value.ToTimeSpan();
        var inquiry = matter.IssueInquiry(
            Guid.CreateVersion7(now), await numbers.IssueAsync(db, NoticeKind.Inquiry, cancellationToken), appearAt, request.Place!.Trim(), request.Materials!.Trim(), now, user.UserName);
        return inquiry.Id;
    }
}

internal sealed record IssueInquiryBody(DateOnly? AppearOn, TimeOnly? AppearAt, string? Place, string? Materials);

internal sealed class IssueInquiryEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/inquiries", async (Guid id, IssueInquiryBody body, IMediator mediator, CancellationToken ct) =>
        {
            var inquiryId = await mediator.Send(new IssueInquiryCommand(id, body.AppearOn, body.AppearAt, body.Place, body.Materials), ct);
            return TypedResults.Created($"/api/inspection/cases/{id}", new { inquiryId });
        });
}
