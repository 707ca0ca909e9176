using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.ReceiveLinkedApplication;

/// <summary>
/// Another agency of the linkage mechanism sent a worker's dispute here: it becomes a draft application of the linkage
/// channel under the same linkage number, listed for the clerk to confirm with the worker. No deadline runs yet: the
/// application is received when the worker confirms it. A second delivery, or a second referral of the same matter,
/// changes nothing (one application per linkage number).
/// </summary>
[IntegrationEventHandlerName("arbitration.register-linked-draft")]
internal sealed class LinkedApplicationRequestedHandler(ArbitrationDbContext db, TimeProvider time)
    : IIntegrationEventHandler<LinkedApplicationRequestedIntegrationEvent>
{
    public async Task HandleAsync(LinkedApplicationRequestedIntegrationEvent referral, CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.LinkageNumber == referral.LinkageNumber, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var applicant = referral.Applicant;
        db.Applications.Add(ArbitrationApplication.DraftFromLinkage(
            Guid.CreateVersion7(now),
            referral.LinkageNumber,
            new Worker(applicant.Name, ResidentIdNumber.Normalise(applicant.ResidentIdNumber), applicant.Phone, applicant.IsMigrantWorker),
            new Employer(referral.EmployerName, UnifiedSocialCreditCode.Normalise(referral.EmployerCreditCode)),
            referral.Claims.Select(c => new Claim(Guid.CreateVersion7(now), ToClaimType(c.Kind), c.Amount, c.Description)),
            new LinkageReferral(
                referral.ReferralId,
                referral.ReferringAgencyName,
                referral.ReferringCaseReference,
                referral.Reason,
                referral.ReliefFirstSoughtOn,
                referral.OccurredAt,
                referral.ReferredBy)));
    }

    private static ClaimType ToClaimType(LinkedClaimKind kind) => kind switch
    {
        LinkedClaimKind.UnpaidWages => ClaimType.UnpaidWages,
        LinkedClaimKind.OvertimePay => ClaimType.OvertimePay,
        LinkedClaimKind.EconomicCompensation => ClaimType.EconomicCompensation,
        LinkedClaimKind.DoubleWagesWithoutContract => ClaimType.DoubleWagesWithoutContract,
        LinkedClaimKind.LabourRelationConfirmation => ClaimType.LabourRelationConfirmation,
        LinkedClaimKind.SocialInsurance => ClaimType.SocialInsurance,
        _ => ClaimType.Other,
    };
}
