using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features.Entrusted;

/// <summary>
/// An agency entrusted a dispute to mediation (委托调解/建议调解): it becomes a case under the matter's own linkage number,
/// awaiting acceptance by an organisation that takes entrusted cases. The 15 days run from its receipt. Idempotent on
/// the entrustment's id (unique in the table).
/// </summary>
[IntegrationEventHandlerName("mediation.receive-entrustment")]
internal sealed class MediationEntrustedHandler(MediationDbContext db, CaseFlow flow, TimeProvider time) : IIntegrationEventHandler<MediationEntrustedIntegrationEvent>
{
    public async Task HandleAsync(MediationEntrustedIntegrationEvent entrusted, CancellationToken cancellationToken)
    {
        if (await db.Cases.AnyAsync(c => c.Entrustment!.EntrustmentId == entrusted.EntrustmentId, cancellationToken))
        {
            return;
        }

        // Received when the entrusting agency sent it (the relay may deliver it a moment later).
        var receivedAt = entrusted.OccurredAt;
        var now = time.GetUtcNow();
        var mediationCase = MediationCase.Register(
            Guid.CreateVersion7(now),
            entrusted.LinkageNumber,
            await db.NextSequenceAsync(entrusted.LinkageNumber, cancellationToken),
            CaseChannel.Entrusted,
            new Worker(entrusted.Worker.Name, entrusted.Worker.ResidentIdNumber, entrusted.Worker.Phone),
            new Employer(entrusted.Employer.Name, entrusted.Employer.CreditCode),
            entrusted.Claims.Select(c => new CaseClaim(Guid.CreateVersion7(now), c.Kind, c.Amount, c.Description)),
            organisation: null,
            receivedAt,
            entrusted.EntrustedBy,
            new Domain.Entrustment(
                entrusted.EntrustmentId,
                entrusted.Kind,
                entrusted.EntrustingModule,
                entrusted.EntrustingAgencyName,
                entrusted.EntrustingCaseReference,
                entrusted.EntrustedAt,
                entrusted.EntrustedBy));
        db.Cases.Add(mediationCase);
        await flow.ReceivedAsync(mediationCase, cancellationToken);
    }
}
