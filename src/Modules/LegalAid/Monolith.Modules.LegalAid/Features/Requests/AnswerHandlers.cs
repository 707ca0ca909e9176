using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Modules.Supervision.Contracts;

namespace Monolith.Modules.LegalAid.Features.Requests;

internal static class Answers
{
    /// <summary>Adds the answer to the request it names; idempotent by the answer's event id. An unknown request id is a broken reply.</summary>
    public static async Task AddAsync(LegalAidDbContext db, Guid requestId, Guid eventId, string outcome, string text, string by, DateTimeOffset at, bool inTime, CancellationToken cancellationToken)
    {
        var request = await db.Requests.Include(r => r.Answers).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new InvalidOperationException($"No legal-aid request {requestId}.");
        request.AddAnswer(new RequestAnswer(Guid.CreateVersion7(at), eventId, outcome, text, by, at, inTime));
    }
}

/// <summary>The procuratorate's answer to our support-of-prosecution request (addressed to this module).</summary>
[IntegrationEventHandlerName("legalaid.record-support-of-prosecution-decision")]
internal sealed class SupportOfProsecutionDecidedHandler(LegalAidDbContext db) : IIntegrationEventHandler<SupportOfProsecutionDecidedIntegrationEvent>
{
    public Task HandleAsync(SupportOfProsecutionDecidedIntegrationEvent answer, CancellationToken cancellationToken) =>
        Answers.AddAsync(db, answer.RequestId, answer.EventId, answer.Supported ? "支持起诉" : "不支持起诉", answer.Reasons, answer.DecidedBy, answer.DecidedAt, true, cancellationToken);
}

/// <summary>Inspection's answer to our evidence-assistance request.</summary>
[IntegrationEventHandlerName("legalaid.record-evidence-assistance-answer")]
internal sealed class EvidenceAssistanceAnsweredHandler(LegalAidDbContext db) : IIntegrationEventHandler<EvidenceAssistanceAnsweredIntegrationEvent>
{
    public Task HandleAsync(EvidenceAssistanceAnsweredIntegrationEvent answer, CancellationToken cancellationToken)
    {
        var outcome = answer.Outcome switch
        {
            EvidenceAssistanceOutcome.Collected => "全部调取",
            EvidenceAssistanceOutcome.PartlyCollected => "部分调取",
            _ => "未能调取",
        };
        var text = string.Join("；", new[]
        {
            answer.Notified is null ? null : $"已通知：{answer.Notified}",
            answer.CollectedItems.Count == 0 ? null : $"调取：{string.Join("、", answer.CollectedItems)}",
            answer.Explanation,
        }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return Answers.AddAsync(db, answer.RequestId, answer.EventId, outcome, text, answer.AnsweredBy, answer.AnsweredAt, answer.AnsweredInTime, cancellationToken);
    }
}

/// <summary>Inspection's feedback on our violation lead: taken up, declined, later the case's result.</summary>
[IntegrationEventHandlerName("legalaid.record-violation-lead-feedback")]
internal sealed class ViolationLeadFeedbackHandler(LegalAidDbContext db) : IIntegrationEventHandler<ViolationLeadFeedbackIntegrationEvent>
{
    public Task HandleAsync(ViolationLeadFeedbackIntegrationEvent feedback, CancellationToken cancellationToken)
    {
        var outcome = feedback.Kind switch
        {
            ViolationLeadFeedbackKind.TakenUp => "已受理",
            ViolationLeadFeedbackKind.Declined => "不予采纳",
            _ => "办理结果",
        };
        var text = feedback.CaseLinkageNumber is { } number ? $"{feedback.Text}（监察案件 {number}）" : feedback.Text;
        return Answers.AddAsync(db, feedback.LeadId, feedback.EventId, outcome, text, feedback.GivenBy, feedback.GivenAt, feedback.InTime, cancellationToken);
    }
}
