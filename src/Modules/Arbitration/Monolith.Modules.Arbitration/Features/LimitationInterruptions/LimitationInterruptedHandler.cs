using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.Inspection.Contracts;

namespace Monolith.Modules.Arbitration.Features.LimitationInterruptions;

/// <summary>
/// Inspection registered a complaint: the worker sought relief from a competent department, which interrupts the
/// arbitration limitation (调解仲裁法 第二十七条第二款). Recorded once per complaint; the limitation check of an
/// application reads it (<see cref="GetCase.GetCaseHandler"/>).
/// </summary>
[IntegrationEventHandlerName("arbitration.record-limitation-interruption")]
internal sealed class LimitationInterruptedHandler(ArbitrationDbContext db, TimeProvider time) : IIntegrationEventHandler<ArbitrationLimitationInterruptedIntegrationEvent>
{
    public async Task HandleAsync(ArbitrationLimitationInterruptedIntegrationEvent interrupted, CancellationToken cancellationToken)
    {
        if (await db.Set<ComplaintInterruption>().AnyAsync(c => c.ComplaintId == interrupted.ComplaintId, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        db.Set<ComplaintInterruption>().Add(ComplaintInterruption.Record(
            Guid.CreateVersion7(now),
            interrupted.LinkageNumber,
            interrupted.ComplaintId,
            interrupted.InterruptedOn,
            interrupted.EmployerName,
            string.IsNullOrWhiteSpace(interrupted.EmployerCreditCode) ? null : interrupted.EmployerCreditCode.Trim().ToUpperInvariant(),
            interrupted.WorkersCovered,
            interrupted.Basis,
            now));
    }
}
