using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.Mediation.Contracts;

namespace Monolith.Modules.Arbitration.Features.MediationLinks;

/// <summary>Mediation reported the result of one of our entrustments (addressed to this module only): kept with the entrustment.</summary>
[IntegrationEventHandlerName("arbitration.record-entrusted-mediation-result")]
internal sealed class EntrustedMediationConcludedHandler(ArbitrationDbContext db) : IIntegrationEventHandler<EntrustedMediationConcludedIntegrationEvent>
{
    public async Task HandleAsync(EntrustedMediationConcludedIntegrationEvent result, CancellationToken cancellationToken)
    {
        var entrustment = await db.Set<MediationEntrustment>().SingleOrDefaultAsync(e => e.Id == result.EntrustmentId, cancellationToken)
            ?? throw new InvalidOperationException($"No mediation entrustment {result.EntrustmentId} for {result.LinkageNumber}.");
        var outcome = result.Outcome switch
        {
            EntrustedMediationOutcome.AgreementReached => EntrustmentStatus.AgreementReached,
            EntrustedMediationOutcome.NotAccepted => EntrustmentStatus.NotAccepted,
            _ => EntrustmentStatus.Failed,
        };
        entrustment.RecordResult(outcome, result.OrganisationName, result.AgreementSummary, result.AgreedAmount, result.PerformanceDueDate, result.Reason, result.ConcludedAt);
    }
}

/// <summary>
/// Mediation did not settle a dispute and guided the worker to arbitration: kept as a draft under the same linkage
/// number, unless the commission already has the matter (an application, e.g. the one it entrusted, or a draft).
/// </summary>
[IntegrationEventHandlerName("arbitration.draft-from-failed-mediation")]
internal sealed class MediationFailedHandler(ArbitrationDbContext db, TimeProvider time) : IIntegrationEventHandler<MediationFailedIntegrationEvent>
{
    public async Task HandleAsync(MediationFailedIntegrationEvent failed, CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.LinkageNumber == failed.LinkageNumber, cancellationToken)
            || await db.Set<DraftFromMediation>().AnyAsync(d => d.LinkageNumber == failed.LinkageNumber, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var amounts = failed.Claims.Where(c => c.Amount is not null).Select(c => c.Amount!.Value).ToList();
        db.Set<DraftFromMediation>().Add(DraftFromMediation.Create(
            Guid.CreateVersion7(now),
            failed.LinkageNumber,
            failed.MediationCaseId,
            failed.OrganisationName,
            failed.ReasonText,
            new Worker(failed.Worker.Name, failed.Worker.ResidentIdNumber, failed.Worker.Phone, IsMigrantWorker: false),
            new Employer(failed.Employer.Name, failed.Employer.CreditCode),
            string.Join("；", failed.Claims.Select(Describe)),
            amounts.Count == 0 ? null : amounts.Sum(),
            failed.EndedAt,
            now));
    }

    private static string Describe(MediationClaim claim)
    {
        var kind = claim.Kind switch
        {
            MediationClaimKind.Wages => "劳动报酬",
            MediationClaimKind.WorkInjuryMedicalExpenses => "工伤医疗费",
            MediationClaimKind.EconomicCompensation => "经济补偿",
            MediationClaimKind.Damages => "赔偿金",
            MediationClaimKind.LabourRelationConfirmation => "确认劳动关系",
            MediationClaimKind.SocialInsurance => "社会保险",
            _ => "其他",
        };
        var amount = claim.Amount is { } value ? " ¥" + value.ToString("N2", CultureInfo.InvariantCulture) : string.Empty;
        return string.IsNullOrWhiteSpace(claim.Description) ? kind + amount : $"{kind}{amount}（{claim.Description}）";
    }
}

/// <summary>
/// The parties' joint application for arbitration review of a mediation agreement arrived. The 15 days of 办案规则
/// 第七十四条 are the commission's rule (<c>arbitration.review-application</c>): the window is recorded as a deadline from
/// the agreement's effect, discharged by this application; one made after it is refused at once, and the refusal is
/// addressed back to the module that submitted it. One in time is accepted on receipt and queued for review, which must
/// end within the review period (<c>arbitration.review-decision</c>, completed by <see cref="DecideReviewHandler"/>).
/// </summary>
[IntegrationEventHandlerName("arbitration.receive-review-application")]
internal sealed class ArbitrationReviewRequestedHandler(ArbitrationDbContext db, DeadlineTracker deadlines, TimeProvider time)
    : IIntegrationEventHandler<ArbitrationReviewRequestedIntegrationEvent>
{
    public const string LateReason = "超过调解协议生效之日起十五日的申请期限（《劳动人事争议仲裁办案规则》第七十四条），不予受理仲裁审查确认申请。";

    public async Task HandleAsync(ArbitrationReviewRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await db.Set<AgreementReviewApplication>().AnyAsync(r => r.ReviewRequestId == request.ReviewRequestId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var review = AgreementReviewApplication.Receive(
            Guid.CreateVersion7(now), request.LinkageNumber, request.RequestingModule, request.ReviewRequestId, request.MediatingOrganisation,
            request.AgreementNumber, request.AgreementTerms, request.AgreedAmount, request.AgreementEffectiveAt, request.Worker.Name, request.Employer.Name,
            request.AppliedAt);
        db.Set<AgreementReviewApplication>().Add(review);

        var subject = new DeadlineSubject(
            nameof(AgreementReviewApplication), review.Id, review.LinkageNumber, $"仲裁审查确认申请 {review.LinkageNumber}（{review.WorkerName} 与 {review.EmployerName}）");
        await deadlines.StartAsync(db, ArbitrationDeadlineRules.ArbitrationReview, request.AgreementEffectiveAt, subject, cancellationToken);
        var window = await deadlines.CompleteAsync(db, review.Id, ArbitrationDeadlineRules.ArbitrationReview, cancellationToken);
        if (window.All(d => d.DueAt > request.AppliedAt))
        {
            await deadlines.StartAsync(db, ArbitrationDeadlineRules.ReviewDecision, now, subject, cancellationToken);
            return;
        }

        review.RefuseAsLate(LateReason, now);
        db.Publish(new ArbitrationReviewDecidedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            review.LinkageNumber,
            review.ReviewRequestId,
            review.RequestingModule,
            ArbitrationReviewDecision.NotConfirmed,
            AppliedInTime: false,
            LateReason,
            DocumentNumber: null,
            now));
    }
}
