using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Leads;

/// <summary>A violation lead arrives from legal aid or a union platform: it joins the officers' queue with its feedback period. Idempotent on the lead's id.</summary>
[IntegrationEventHandlerName("inspection.receive-violation-lead")]
internal sealed class ViolationLeadReportedHandler(InspectionDbContext db, DeadlineTracker deadlines, TimeProvider time)
    : IIntegrationEventHandler<ViolationLeadReportedIntegrationEvent>
{
    public async Task HandleAsync(ViolationLeadReportedIntegrationEvent lead, CancellationToken cancellationToken)
    {
        if (await db.Leads.AnyAsync(l => l.LeadId == lead.LeadId, cancellationToken))
        {
            return;
        }

        var received = ViolationLead.Receive(Guid.CreateVersion7(time.GetUtcNow()), lead, lead.OccurredAt);
        db.Leads.Add(received);
        await deadlines.StartAsync(db, InspectionServiceRules.LeadFeedback, lead.OccurredAt, DeadlineSubjects.For(received), cancellationToken);
    }
}
