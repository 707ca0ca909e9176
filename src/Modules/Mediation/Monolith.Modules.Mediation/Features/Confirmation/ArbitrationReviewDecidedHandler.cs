using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Confirmation;

/// <summary>The arbitration institution decided on the parties' application for arbitration review (a reply to this module): shown on the case.</summary>
[IntegrationEventHandlerName("mediation.record-arbitration-review")]
internal sealed class ArbitrationReviewDecidedHandler(MediationDbContext db) : IIntegrationEventHandler<ArbitrationReviewDecidedIntegrationEvent>
{
    public async Task HandleAsync(ArbitrationReviewDecidedIntegrationEvent decided, CancellationToken cancellationToken)
    {
        var requestId = decided.ReviewRequestId;
        var mediationCase = await db.Cases.SingleOrDefaultAsync(c => c.ArbitrationReview!.RequestId == requestId, cancellationToken)
            ?? throw new InvalidOperationException($"No arbitration review application {requestId} for {decided.LinkageNumber}.");
        mediationCase.RecordArbitrationReviewDecision(requestId, decided.Decision, decided.AppliedInTime, decided.Reason, decided.DocumentNumber, decided.DecidedAt);
    }
}
