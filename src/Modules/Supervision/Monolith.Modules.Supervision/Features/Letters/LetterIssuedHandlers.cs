using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Persistence;
using Monolith.Modules.Union.Contracts;

namespace Monolith.Modules.Supervision.Features.Letters;

/// <summary>The union's 一函两书 enter the ledger (ADR 0024), once per letter.</summary>
[IntegrationEventHandlerName("supervision.ledger-union-letter")]
internal sealed class UnionLetterIssuedHandler(SupervisionDbContext db, LetterLedger ledger, ModuleDirectory directory, DeploymentClock clock)
    : IIntegrationEventHandler<UnionSupervisionLetterIssuedIntegrationEvent>
{
    public const string UnionModule = "Union";

    public async Task HandleAsync(UnionSupervisionLetterIssuedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await db.Letters.AnyAsync(l => l.SourceModule == UnionModule && l.SourceLetterId == e.LetterId, cancellationToken))
        {
            return;
        }

        var kind = e.Kind switch
        {
            UnionSupervisionLetterKind.ReminderLetter => LetterKind.UnionReminder,
            UnionSupervisionLetterKind.OpinionLetter => LetterKind.UnionOpinion,
            _ => LetterKind.UnionSuggestion,
        };
        var letter = SupervisionLetter.Issue(
            Guid.CreateVersion7(clock.UtcNow), UnionModule, e.LetterId, kind, e.Number, directory.Find(UnionModule)?.AgencyName ?? "工会", e.IssuedBy, e.IssuedAt,
            e.LinkageNumber, LetterKinds.RecipientOf(kind), e.Recipient, e.RecipientCreditCode, e.Findings, "《中华人民共和国工会法》；《工会劳动法律监督办法》", e.Requests);
        await ledger.EnterAsync(db, letter, cancellationToken);
    }
}

/// <summary>The arbitration institution's 仲裁建议书, 合规建议书, 调解建议书 and 信用承诺书 enter the ledger, once per letter.</summary>
[IntegrationEventHandlerName("supervision.ledger-arbitration-letter")]
internal sealed class ArbitrationLetterIssuedHandler(SupervisionDbContext db, LetterLedger ledger, ModuleDirectory directory, DeploymentClock clock)
    : IIntegrationEventHandler<ArbitrationLetterIssuedIntegrationEvent>
{
    public const string ArbitrationModule = "Arbitration";

    public async Task HandleAsync(ArbitrationLetterIssuedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await db.Letters.AnyAsync(l => l.SourceModule == ArbitrationModule && l.SourceLetterId == e.LetterId, cancellationToken))
        {
            return;
        }

        var kind = e.Kind switch
        {
            ArbitrationLetterKind.ArbitrationSuggestion => LetterKind.ArbitrationSuggestion,
            ArbitrationLetterKind.ComplianceSuggestion => LetterKind.ComplianceSuggestion,
            ArbitrationLetterKind.MediationSuggestion => LetterKind.MediationSuggestion,
            _ => LetterKind.CreditCommitment,
        };
        var letter = SupervisionLetter.Issue(
            Guid.CreateVersion7(clock.UtcNow), ArbitrationModule, e.LetterId, kind, e.Number, directory.Find(ArbitrationModule)?.AgencyName ?? "劳动人事争议仲裁院",
            e.IssuedBy, e.IssuedAt, e.LinkageNumber, RecipientKind.Employer, e.Recipient, e.RecipientCreditCode, e.Findings, e.LegalBasis, e.Requests);
        await ledger.EnterAsync(db, letter, cancellationToken);
    }
}
