using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.LegalAid.Contracts;

namespace Monolith.Modules.Inspection.Features.ReferToLegalAid;

/// <summary>
/// Legal aid assigned or replaced the lawyer on one of our referrals after the grant (a reply addressed to this module
/// only): the referral shows the lawyer and the case's timeline says so. Idempotent: an assignment no newer than the
/// lawyer shown changes nothing.
/// </summary>
[IntegrationEventHandlerName("inspection.record-legal-aid-lawyer")]
internal sealed class LegalAidLawyerAssignedHandler(InspectionDbContext db) : IIntegrationEventHandler<LegalAidLawyerAssignedIntegrationEvent>
{
    public async Task HandleAsync(LegalAidLawyerAssignedIntegrationEvent assigned, CancellationToken cancellationToken)
    {
        var referralId = assigned.ReferralId;
        var matter = await db.Cases
            .Include(c => c.Workers)
            .Include(c => c.Events)
            .Include(c => c.LegalAidReferrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.LegalAidReferrals.Any(r => r.Id == referralId), cancellationToken)
            ?? throw new InvalidOperationException($"No inspection referral {referralId} for {assigned.LinkageNumber}.");
        matter.RecordLegalAidLawyer(referralId, assigned.Lawyer.Name, assigned.Lawyer.Firm, assigned.Lawyer.Phone, assigned.AssignedAt, assigned.Replaced);
    }
}
