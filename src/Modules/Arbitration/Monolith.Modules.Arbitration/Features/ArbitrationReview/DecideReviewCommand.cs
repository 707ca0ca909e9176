using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.ArbitrationReview;

/// <summary>
/// 仲裁审查确认: the clerk examined a mediation agreement received in time and decides. Confirmed: the commission makes a
/// 仲裁调解书, numbered now. Not confirmed: on a ground of 办案规则 第七十六条 with the written reason. Either way the
/// review deadline is completed with its outcome and the decision is addressed back to the module that submitted the
/// application (<see cref="ArbitrationReviewDecidedIntegrationEvent"/>).
/// </summary>
internal sealed record DecideReviewCommand(Guid ReviewId, bool? Confirmed, ReviewRefusalGround? Ground, string? Reason) : ICommand<string?>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ReviewId.ToString();
}

internal sealed class DecideReviewValidator : AbstractValidator<DecideReviewCommand>
{
    public DecideReviewValidator()
    {
        RuleFor(c => c.Confirmed).NotNull().WithName("审查结论");
        When(c => c.Confirmed == false, () =>
        {
            RuleFor(c => c.Ground).NotNull().IsInEnum().WithName("不予确认的情形");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("不予确认的，应当书面说明理由。");
        });
        RuleFor(c => c.Reason).MaximumLength(1000).WithName("理由");
    }
}

internal sealed class DecideReviewHandler(ArbitrationDbContext db, DeadlineTracker deadlines, ICurrentUser user, DeploymentClock clock, IOptions<ArbitrationOptions> options)
    : IRequestHandler<DecideReviewCommand, string?>
{
    public async Task<string?> Handle(DecideReviewCommand request, CancellationToken cancellationToken)
    {
        var review = await db.Set<AgreementReviewApplication>().SingleOrDefaultAsync(r => r.Id == request.ReviewId, cancellationToken)
            ?? throw new NotFoundException("仲裁审查确认申请", request.ReviewId);
        var now = clock.UtcNow;
        if (request.Confirmed == true)
        {
            var prefix = $"{options.Value.ReviewStatementNumberPrefix}〔{clock.Today.Year.ToString(CultureInfo.InvariantCulture)}〕";
            var issuedThisYear = await db.Set<AgreementReviewApplication>().CountAsync(r => r.DocumentNumber != null && r.DocumentNumber.StartsWith(prefix), cancellationToken);
            review.Confirm($"{prefix}{(issuedThisYear + 1).ToString(CultureInfo.InvariantCulture)}号", now, user.DisplayName);
        }
        else
        {
            review.RefuseConfirmation(request.Ground!.Value, request.Reason!.Trim(), now, user.DisplayName);
        }

        await deadlines.CompleteAsync(
            db, review.Id, ArbitrationDeadlineRules.ReviewDecision,
            review.Status == AgreementReviewStatus.Confirmed ? ArbitrationDeadlineRules.Confirmed : ArbitrationDeadlineRules.NotConfirmed,
            cancellationToken);
        db.Publish(new ArbitrationReviewDecidedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            review.LinkageNumber,
            review.ReviewRequestId,
            review.RequestingModule,
            review.Status == AgreementReviewStatus.Confirmed ? ArbitrationReviewDecision.Confirmed : ArbitrationReviewDecision.NotConfirmed,
            AppliedInTime: true,
            review.Status == AgreementReviewStatus.Confirmed ? null : $"{ReviewNames.Ground(review.RefusalGround!.Value)}：{review.Reason}",
            review.DocumentNumber,
            now));
        return review.DocumentNumber;
    }
}

internal sealed record DecideReviewBody(bool? Confirmed, ReviewRefusalGround? Ground, string? Reason);

internal sealed class DecideReviewEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/reviews/{id:guid}/decision", async (Guid id, DecideReviewBody body, IMediator mediator, CancellationToken ct) =>
        {
            var number = await mediator.Send(new DecideReviewCommand(id, body.Confirmed, body.Ground, body.Reason), ct);
            return TypedResults.Ok(new { documentNumber = number });
        });
}

internal static class ReviewNames
{
    public static string Status(AgreementReviewStatus status) => status switch
    {
        AgreementReviewStatus.AwaitingReview => "待审查",
        AgreementReviewStatus.RefusedAsLate => "逾期申请，不予确认",
        AgreementReviewStatus.Confirmed => "审查确认",
        AgreementReviewStatus.NotConfirmed => "不予确认",
        _ => status.ToString(),
    };

    public static string Ground(ReviewRefusalGround ground) => ground switch
    {
        ReviewRefusalGround.ViolatesMandatoryLaw => "调解协议违反法律、行政法规的强制性规定",
        ReviewRefusalGround.HarmsOthersInterests => "调解协议损害国家利益、社会公共利益或者他人合法权益",
        ReviewRefusalGround.NotTrueIntention => "调解协议违背当事人真实意思表示",
        ReviewRefusalGround.FalsifiedMaterials => "当事人提供的证据材料有弄虚作假嫌疑",
        _ => "其他不能制作调解书的情形",
    };
}
