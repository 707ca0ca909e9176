using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.NonPerformance;

/// <summary>
/// Legal aid assigned or replaced the lawyer on our referral after the grant (addressed to this module only): the case
/// shows the lawyer where it shows the decision. Idempotent: an assignment no newer than the lawyer shown changes nothing.
/// </summary>
[IntegrationEventHandlerName("mediation.record-legal-aid-lawyer")]
internal sealed class LegalAidLawyerAssignedHandler(MediationDbContext db) : IIntegrationEventHandler<LegalAidLawyerAssignedIntegrationEvent>
{
    public async Task HandleAsync(LegalAidLawyerAssignedIntegrationEvent assigned, CancellationToken cancellationToken)
    {
        var referralId = assigned.ReferralId;
        var mediationCase = await db.Cases.SingleOrDefaultAsync(c => c.LegalAidReferral!.ReferralId == referralId, cancellationToken)
            ?? throw new InvalidOperationException($"No mediation referral {referralId} for {assigned.LinkageNumber}.");
        mediationCase.RecordLegalAidLawyer(referralId, assigned.Lawyer.Name, assigned.Lawyer.Firm, assigned.Lawyer.Phone, assigned.AssignedAt);
    }
}
