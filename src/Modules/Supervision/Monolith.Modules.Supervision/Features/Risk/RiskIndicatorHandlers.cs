using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Risk;

/// <summary>Each registered labour-inspection complaint counts against its employer.</summary>
[IntegrationEventHandlerName("supervision.risk-complaint")]
internal sealed class ComplaintIndicatorHandler(SupervisionDbContext db, RiskAssessor assessor, DeploymentClock clock)
    : IIntegrationEventHandler<ArbitrationLimitationInterruptedIntegrationEvent>
{
    public Task HandleAsync(ArbitrationLimitationInterruptedIntegrationEvent e, CancellationToken cancellationToken) =>
        assessor.RecordAsync(db, RiskIndicator.Record(
            Guid.CreateVersion7(clock.UtcNow), RiskIndicatorKind.Complaint, $"inspection.complaint/{e.ComplaintId}", e.EmployerCreditCode, e.EmployerName,
            e.InterruptedOn, e.LinkageNumber, e.WorkersCovered), cancellationToken);
}

/// <summary>An accepted arbitration application: a wage case, a collective dispute, or both, count against the employer.</summary>
[IntegrationEventHandlerName("supervision.risk-arbitration-accepted")]
internal sealed class ArbitrationAcceptedIndicatorHandler(SupervisionDbContext db, RiskAssessor assessor, DeploymentClock clock)
    : IIntegrationEventHandler<ArbitrationApplicationAcceptedIntegrationEvent>
{
    public async Task HandleAsync(ArbitrationApplicationAcceptedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var on = clock.LocalDate(e.AcceptedAt);
        if (e.HasWageClaim)
        {
            await assessor.RecordAsync(db, RiskIndicator.Record(
                Guid.CreateVersion7(clock.UtcNow), RiskIndicatorKind.WageArbitration, $"arbitration.wage/{e.ApplicationId}", e.EmployerCreditCode, e.EmployerName, on,
                e.LinkageNumber, e.WorkerCount, e.ClaimedAmount), cancellationToken);
        }

        if (e.IsCollective || e.WorkerCount >= 10)
        {
            await assessor.RecordAsync(db, RiskIndicator.Record(
                Guid.CreateVersion7(clock.UtcNow), RiskIndicatorKind.CollectiveDispute, $"arbitration.collective/{e.ApplicationId}", e.EmployerCreditCode, e.EmployerName, on,
                e.LinkageNumber, e.WorkerCount, e.ClaimedAmount), cancellationToken);
        }
    }
}

/// <summary>A failed mediation counts against the employer.</summary>
[IntegrationEventHandlerName("supervision.risk-mediation-failed")]
internal sealed class MediationFailedIndicatorHandler(SupervisionDbContext db, RiskAssessor assessor, DeploymentClock clock)
    : IIntegrationEventHandler<MediationFailedIntegrationEvent>
{
    public Task HandleAsync(MediationFailedIntegrationEvent e, CancellationToken cancellationToken) =>
        assessor.RecordAsync(db, RiskIndicator.Record(
            Guid.CreateVersion7(clock.UtcNow), RiskIndicatorKind.FailedMediation, $"mediation.failed/{e.MediationCaseId}/{e.Reason}", e.Employer.CreditCode, e.Employer.Name,
            clock.LocalDate(e.EndedAt), e.LinkageNumber, 1, e.Claims.Sum(c => c.Amount ?? 0)), cancellationToken);
}

/// <summary>
/// An agency's missed deadline on a matter counts against the employer of that matter (known from the matter's other
/// indicators); a missed deadline on a matter no indicator names an employer for is kept and counted once one does.
/// </summary>
[IntegrationEventHandlerName("supervision.risk-missed-deadline")]
internal sealed class MissedDeadlineIndicatorHandler(SupervisionDbContext db, RiskAssessor assessor, DeploymentClock clock)
    : IIntegrationEventHandler<DeadlineMissedIntegrationEvent>
{
    public Task HandleAsync(DeadlineMissedIntegrationEvent e, CancellationToken cancellationToken) =>
        e.Module == SupervisionModule.Descriptor.Name || e.LinkageNumber.Length == 0
            ? Task.CompletedTask
            : assessor.RecordAsync(db, RiskIndicator.Record(
                Guid.CreateVersion7(clock.UtcNow), RiskIndicatorKind.MissedDeadline, $"deadline.missed/{e.DeadlineId}", null, string.Empty, e.DueDate, e.LinkageNumber),
                cancellationToken);
}
