using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Supervision.Domain;

/// <summary>
/// 支持起诉: a request from another agency (legal aid) that the procuratorate support a worker's lawsuit (民事诉讼法
/// 第十五条), received once per request and decided once; the decision goes back to the requesting module.
/// </summary>
internal sealed class SupportOfProsecutionCase : ILinkedMatter
{
    private SupportOfProsecutionCase()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The requester's id; unique.</summary>
    public Guid RequestId { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public string RequestingModule { get; private set; } = string.Empty;

    public string RequestingAgencyName { get; private set; } = string.Empty;

    public string WorkerName { get; private set; } = string.Empty;

    /// <summary>Personal data in its own column (to be encrypted at rest by the platform's convention).</summary>
    public string WorkerResidentIdNumber { get; private set; } = string.Empty;

    /// <summary>Personal data in its own column.</summary>
    public string WorkerPhone { get; private set; } = string.Empty;

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public string Claims { get; private set; } = string.Empty;

    public string Reasons { get; private set; } = string.Empty;

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public bool? Supported { get; private set; }

    public string? DecisionReasons { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public int Version { get; private set; }

    public static SupportOfProsecutionCase Receive(
        Guid id, Guid requestId, string linkageNumber, string requestingModule, string requestingAgencyName, string workerName, string workerResidentIdNumber,
        string workerPhone, string employerName, string? employerCreditCode, string claims, string reasons, string requestedBy, DateTimeOffset requestedAt,
        DateTimeOffset receivedAt) => new()
        {
            Id = id,
            RequestId = requestId,
            LinkageNumber = linkageNumber,
            RequestingModule = requestingModule,
            RequestingAgencyName = requestingAgencyName,
            WorkerName = workerName,
            WorkerResidentIdNumber = workerResidentIdNumber,
            WorkerPhone = workerPhone,
            EmployerName = employerName,
            EmployerCreditCode = employerCreditCode,
            Claims = claims,
            Reasons = reasons,
            RequestedBy = requestedBy,
            RequestedAt = requestedAt,
            ReceivedAt = receivedAt,
        };

    /// <summary>支持起诉 or not, with reasons; once.</summary>
    public void Decide(bool supported, string reasons, string decidedBy, DateTimeOffset at)
    {
        if (DecidedAt is not null)
        {
            throw new BusinessRuleViolationException("supervision.support-decided", "该支持起诉申请已作出决定。");
        }

        Supported = supported;
        DecisionReasons = reasons;
        DecidedBy = decidedBy;
        DecidedAt = at;
        Version++;
    }
}
