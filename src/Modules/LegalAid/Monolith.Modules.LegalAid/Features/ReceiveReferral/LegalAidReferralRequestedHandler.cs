using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Microsoft.Extensions.Options;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.ReceiveReferral;

/// <summary>
/// A referral arrives: it becomes a legal-aid application with a review deadline from the active policy (same working
/// day under the Nanchang profile, whose 三(二) binds referred applications; 7 days by statute), counted from when the
/// referral was sent.
/// </summary>
[IntegrationEventHandlerName("legalaid.receive-referral")]
internal sealed class LegalAidReferralRequestedHandler(LegalAidDbContext db, DeadlineTracker deadlines, IOptions<EligibilityPolicy> policy, TimeProvider time)
    : IIntegrationEventHandler<LegalAidReferralRequestedIntegrationEvent>
{
    public async Task HandleAsync(LegalAidReferralRequestedIntegrationEvent referral, CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.Referral!.ReferralId == referral.ReferralId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var application = LegalAidApplication.FromReferral(
            Guid.CreateVersion7(now),
            referral.LinkageNumber,
            new Applicant(referral.Worker.Name, referral.Worker.ResidentIdNumber, referral.Worker.Phone, referral.Worker.IsMigrantWorker),
            referral.EmployerName,
            referral.EmployerCreditCode,
            referral.Claims.Select(c => new MatterClaim(Guid.CreateVersion7(now), c.Kind, c.Amount, c.Description)),
            new Referral(referral.ReferralId, referral.ReferringModule, referral.ReferringAgencyName, referral.ReferringCaseReference, referral.ReferredBy, referral.ConsentRecordedAt),
            referral.EconomicHardshipStated,
            EligibilityRules.VerificationWaived(policy.Value, referral.Worker.IsMigrantWorker, HardshipExemption.None, referral.Claims.Select(c => c.Kind)),
            referral.OccurredAt);
        db.Applications.Add(application);
        foreach (var limit in referral.TimeLimits ?? [])
        {
            db.TimeLimits.Add(new KnownTimeLimit(
                Guid.CreateVersion7(now), referral.LinkageNumber, Truncate(limit.Description, 200), limit.ExpiresOn, TimeLimitSource.Referral, referral.ReferralId,
                Truncate($"{referral.ReferringAgencyName}转介时载明：{limit.Basis}", 300), now));
        }

        await deadlines.StartAsync(db, LegalAidDeadlineRules.ReviewApplication, referral.OccurredAt, DeadlineSubjects.For(application), cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
