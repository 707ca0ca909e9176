using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Arbitration.Features.RecordLegalAidDecision;

/// <summary>
/// Legal aid reported its decision on one of our referrals (the event is addressed to this module only): show it on
/// the application.
/// </summary>
[IntegrationEventHandlerName("arbitration.record-legal-aid-decision")]
internal sealed class LegalAidDecisionMadeHandler(ArbitrationDbContext db) : IIntegrationEventHandler<LegalAidDecisionMadeIntegrationEvent>
{
    public async Task HandleAsync(LegalAidDecisionMadeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var referralId = integrationEvent.ReferralId;
        var application = await db.Applications
            .Include(a => a.Referrals)
            .SingleOrDefaultAsync(a => a.Referrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No arbitration referral {referralId} for {integrationEvent.LinkageNumber}.");
        application.RecordLegalAidDecision(
            referralId,
            integrationEvent.Decision == LegalAidDecision.Granted,
            integrationEvent.RefusalReason,
            integrationEvent.Lawyer?.Name,
            integrationEvent.Lawyer?.Firm,
            integrationEvent.Lawyer?.Phone,
            integrationEvent.DecidedAt,
            integrationEvent.DecidedInTime);
    }
}
