using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Features.Letters;
using Monolith.Modules.Supervision.Features.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.RecordMissedDeadline;

/// <summary>
/// Any module's missed deadline enters the oversight list, once. Supervision's own reply deadlines are the recipients'
/// (an employer's or a department's), not an agency's: a missed one marks the letter overdue in the ledger, and the
/// issuing agency and the supervision officers are told the next step of the chain.
/// </summary>
[IntegrationEventHandlerName("supervision.record-missed-deadline")]
internal sealed class DeadlineMissedHandler(SupervisionDbContext db, LetterLedger ledger, RiskAssessor risk, TimeProvider time) : IIntegrationEventHandler<DeadlineMissedIntegrationEvent>
{
    public async Task HandleAsync(DeadlineMissedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Module == SupervisionModule.Descriptor.Name
            && await db.Deadlines.Where(d => d.Id == integrationEvent.DeadlineId).Select(d => (Guid?)d.SubjectId).SingleOrDefaultAsync(cancellationToken) is { } subjectId
            && await db.Letters.FindAsync([subjectId], cancellationToken) is { } letter)
        {
            if (letter.MarkOverdue(integrationEvent.OccurredAt))
            {
                var next = LetterKinds.Next(letter.Kind) is { } kind ? $"可升级为{LetterKinds.Name(kind)}。" : "升级链已到最后一步，请按规定报告。";
                ledger.Notify(db, letter, $"文书逾期未回复：{letter.Number}",
                    $"{letter.RecipientName}未在{BuildingBlocks.Documents.OfficialDocument.FormatDate(letter.ReplyDueDate!.Value)}前回复{LetterKinds.Name(letter.Kind)}{letter.Number}。{next}");
                if (letter.RecipientKind == RecipientKind.Employer)
                {
                    await risk.RecordAsync(db, RiskIndicator.Record(
                        Guid.CreateVersion7(time.GetUtcNow()), RiskIndicatorKind.UnansweredLetter, $"letter.overdue/{letter.Id}", letter.RecipientCreditCode, letter.RecipientName,
                        integrationEvent.DueDate, letter.LinkageNumber), cancellationToken);
                }
            }

            return;
        }

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
