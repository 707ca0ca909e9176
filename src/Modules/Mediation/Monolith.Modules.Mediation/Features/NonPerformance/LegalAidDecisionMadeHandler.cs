using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.NonPerformance;

/// <summary>Legal aid decided on one of our referrals (the reply is addressed to this module only): shown on the case.</summary>
[IntegrationEventHandlerName("mediation.record-legal-aid-decision")]
internal sealed class LegalAidDecisionMadeHandler(MediationDbContext db) : IIntegrationEventHandler<LegalAidDecisionMadeIntegrationEvent>
{
    public async Task HandleAsync(LegalAidDecisionMadeIntegrationEvent decision, CancellationToken cancellationToken)
    {
        var referralId = decision.ReferralId;
        var mediationCase = await db.Cases.SingleOrDefaultAsync(c => c.LegalAidReferral!.ReferralId == referralId, cancellationToken)
            ?? throw new InvalidOperationException($"No mediation referral {referralId} for {decision.LinkageNumber}.");
        mediationCase.RecordLegalAidDecision(
            referralId,
            decision.Decision == LegalAidDecision.Granted,
            decision.Lawyer?.Name,
            decision.Lawyer?.Firm,
            decision.Lawyer?.Phone,
            decision.RefusalReason,
            decision.DecidedAt,
            decision.DecidedInTime);
    }
}
