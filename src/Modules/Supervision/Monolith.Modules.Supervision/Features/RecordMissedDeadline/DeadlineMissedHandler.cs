using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.RecordMissedDeadline;

/// <summary>Any module's missed deadline enters the oversight list, once.</summary>
[IntegrationEventHandlerName("supervision.record-missed-deadline")]
internal sealed class DeadlineMissedHandler(SupervisionDbContext db, TimeProvider time) : IIntegrationEventHandler<DeadlineMissedIntegrationEvent>
{
    public async Task HandleAsync(DeadlineMissedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.OversightEntries.AnyAsync(e => e.DeadlineId == integrationEvent.DeadlineId, cancellationToken))
        {
            return;
        }

        db.OversightEntries.Add(OversightEntry.FromMissedDeadline(
            Guid.CreateVersion7(time.GetUtcNow()),
            integrationEvent.DeadlineId,
            integrationEvent.Module,
            integrationEvent.AgencyName,
            integrationEvent.LinkageNumber,
            integrationEvent.RuleId,
            integrationEvent.RuleTitle,
            integrationEvent.LegalBasis,
            integrationEvent.PolicyProfile,
            integrationEvent.DueDate,
            integrationEvent.OccurredAt,
            integrationEvent.SubjectReference,
            integrationEvent.ProvisionalCalendar));
    }
}
