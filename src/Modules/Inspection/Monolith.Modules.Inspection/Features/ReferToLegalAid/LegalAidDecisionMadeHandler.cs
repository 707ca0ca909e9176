using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Inspection.Features.ReferToLegalAid;

/// <summary>Legal aid decided on one of our referrals (the reply is addressed to this module only): shown on the case and its timeline.</summary>
[IntegrationEventHandlerName("inspection.record-legal-aid-decision")]
internal sealed class LegalAidDecisionMadeHandler(InspectionDbContext db) : IIntegrationEventHandler<LegalAidDecisionMadeIntegrationEvent>
{
    public async Task HandleAsync(LegalAidDecisionMadeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var referralId = integrationEvent.ReferralId;
        var matter = await db.Cases
            .Include(c => c.Workers)
            .Include(c => c.Events)
            .Include(c => c.LegalAidReferrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.LegalAidReferrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No inspection referral {referralId} for {integrationEvent.LinkageNumber}.");
        matter.RecordLegalAidDecision(
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
