using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Evidence;

/// <summary>
/// A request for evidence-collection assistance arrives from legal aid or a union platform: it joins the officers' queue
/// with its answer period, counted from when it was sent. A redelivery or a second copy of the request does nothing.
/// </summary>
[IntegrationEventHandlerName("inspection.receive-evidence-request")]
internal sealed class EvidenceAssistanceRequestedHandler(InspectionDbContext db, DeadlineTracker deadlines, TimeProvider time)
    : IIntegrationEventHandler<EvidenceAssistanceRequestedIntegrationEvent>
{
    public async Task HandleAsync(EvidenceAssistanceRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await db.EvidenceRequests.AnyAsync(r => r.RequestId == request.RequestId, cancellationToken))
        {
            return;
        }

        var received = EvidenceAssistanceRequest.Receive(Guid.CreateVersion7(time.GetUtcNow()), request, request.OccurredAt);
        db.EvidenceRequests.Add(received);
        await deadlines.StartAsync(db, InspectionServiceRules.AnswerEvidenceRequest, request.OccurredAt, DeadlineSubjects.For(received), cancellationToken);
    }
}
