using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.Inspection.Features.RiskAlerts;

/// <summary>
/// A risk early warning from Supervision's ledger joins the officers' alert queue. Idempotent on the alert's id: the
/// same alert at the same or a lower level adds nothing; a more urgent level escalates the alert already held.
/// </summary>
[IntegrationEventHandlerName("inspection.receive-risk-alert")]
internal sealed class RiskAlertRaisedHandler(InspectionDbContext db, TimeProvider time) : IIntegrationEventHandler<RiskAlertRaisedIntegrationEvent>
{
    public async Task HandleAsync(RiskAlertRaisedIntegrationEvent alert, CancellationToken cancellationToken)
    {
        var held = await db.RiskAlerts.SingleOrDefaultAsync(a => a.AlertId == alert.AlertId, cancellationToken);
        if (held is not null)
        {
            held.Escalate(alert);
            return;
        }

        db.RiskAlerts.Add(RiskAlert.Receive(Guid.CreateVersion7(time.GetUtcNow()), alert, time.GetUtcNow()));
    }
}
