using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Arbitration.Features.RecordLegalAidDecision;

/// <summary>
/// Legal aid assigned (or replaced) the lawyer on one of our referrals after the grant (addressed to this module only):
/// the lawyer is shown on the case as the worker's agent. The latest assignment wins; a repeated one changes nothing.
/// </summary>
[IntegrationEventHandlerName("arbitration.record-legal-aid-lawyer")]
internal sealed class LegalAidLawyerAssignedHandler(ArbitrationDbContext db) : IIntegrationEventHandler<LegalAidLawyerAssignedIntegrationEvent>
{
    public async Task HandleAsync(LegalAidLawyerAssignedIntegrationEvent assigned, CancellationToken cancellationToken)
    {
        var referralId = assigned.ReferralId;
        var application = await db.Applications
            .Include(a => a.Referrals)
            .SingleOrDefaultAsync(a => a.Referrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No arbitration referral {referralId} for {assigned.LinkageNumber}.");
        application.RecordLegalAidLawyer(referralId, assigned.Lawyer.Name, assigned.Lawyer.Firm, assigned.Lawyer.Phone, assigned.AssignedAt, assigned.Replaced);
    }
}
