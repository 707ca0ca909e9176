using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;

namespace Monolith.Modules.Inspection.Domain;

internal enum EvidenceRequestStatus
{
    Received = 1,
    Notified = 2,
    Answered = 3,
}

/// <summary>
/// 调查取证协助 (南昌方案 三(四)) asked by legal aid or a union platform: the officer notifies the employer or the project
/// manager, collects and copies the evidence, and answers the requester within the answer period. Kept under the
/// requester's linkage number.
/// </summary>
internal sealed class EvidenceAssistanceRequest : ILinkedMatter
{
    private EvidenceAssistanceRequest()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The requester's id of the request (unique): the answer carries it back.</summary>
    public Guid RequestId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string RequestingModule { get; private set; } = string.Empty;

    public string RequestingAgencyName { get; private set; } = string.Empty;

    public string RequestingCaseReference { get; private set; } = string.Empty;

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public string WorkerName { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public string? ProjectManager { get; private set; }

    public string EvidenceSought { get; private set; } = string.Empty;

    public string WhyWorkerCannotObtain { get; private set; } = string.Empty;

    public EvidenceRequestStatus Status { get; private set; }

    /// <summary>Whom the officer notified and how.</summary>
    public string? Notified { get; private set; }

    public DateTimeOffset? NotifiedAt { get; private set; }

    public string? NotifiedBy { get; private set; }

    public EvidenceAssistanceOutcome? Outcome { get; private set; }

    /// <summary>What was collected, one item per line.</summary>
    public string? CollectedItems { get; private set; }

    public string? Explanation { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public bool? AnsweredInTime { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<string> CollectedItemList => Lines(CollectedItems);

    public static EvidenceAssistanceRequest Receive(Guid id, EvidenceAssistanceRequestedIntegrationEvent request, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new EvidenceAssistanceRequest
        {
            Id = id,
            RequestId = request.RequestId,
            LinkageNumber = request.LinkageNumber,
            RequestingModule = request.RequestingModule,
            RequestingAgencyName = request.RequestingAgencyName,
            RequestingCaseReference = request.RequestingCaseReference,
            RequestedBy = request.RequestedBy,
            ReceivedAt = receivedAt,
            WorkerName = request.WorkerName,
            EmployerName = request.EmployerName,
            EmployerCreditCode = request.EmployerCreditCode,
            ProjectManager = request.ProjectManager,
            EvidenceSought = request.EvidenceSought,
            WhyWorkerCannotObtain = request.WhyWorkerCannotObtain,
            Status = EvidenceRequestStatus.Received,
        };
    }

    /// <summary>通知用人单位或项目负责人说明情况、提供证据: once; recorded with whom and how.</summary>
    public void RecordNotification(string notified, DateTimeOffset at, string by)
    {
        if (Status != EvidenceRequestStatus.Received)
        {
            throw new BusinessRuleViolationException("inspection.evidence-notified", Status == EvidenceRequestStatus.Answered ? "该协助请求已答复。" : "已记录通知情况。");
        }

        Status = EvidenceRequestStatus.Notified;
        Notified = notified;
        NotifiedAt = at;
        NotifiedBy = by;
        Version++;
    }

    /// <summary>
    /// Answers the requester, once. Evidence can only have been collected after the employer or manager was notified,
    /// and collected evidence is listed; a partial or failed collection says why.
    /// </summary>
    public void Answer(EvidenceAssistanceOutcome outcome, IReadOnlyList<string> items, string? explanation, bool inTime, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (Status == EvidenceRequestStatus.Answered)
        {
            throw new BusinessRuleViolationException("inspection.evidence-answered", "该协助请求已答复。");
        }

        if (outcome != EvidenceAssistanceOutcome.NotCollected && Status != EvidenceRequestStatus.Notified)
        {
            throw new BusinessRuleViolationException("inspection.evidence-not-notified", "调取证据前应先通知用人单位或项目负责人，并记录通知情况。");
        }

        if (outcome != EvidenceAssistanceOutcome.NotCollected && items.Count == 0)
        {
            throw new BusinessRuleViolationException("inspection.evidence-items", "请列明已调取或复制的证据材料。");
        }

        if (outcome != EvidenceAssistanceOutcome.Collected && string.IsNullOrWhiteSpace(explanation))
        {
            throw new BusinessRuleViolationException("inspection.evidence-explanation", "未能全部调取的，应说明原因。");
        }

        Status = EvidenceRequestStatus.Answered;
        Outcome = outcome;
        CollectedItems = items.Count == 0 ? null : string.Join('\n', items);
        Explanation = explanation;
        AnsweredInTime = inTime;
        AnsweredAt = at;
        AnsweredBy = by;
        Version++;
    }

    private static string[] Lines(string? text) => text is null ? [] : text.Split('\n');
}
