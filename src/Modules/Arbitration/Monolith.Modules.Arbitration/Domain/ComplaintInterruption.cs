using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Arbitration.Domain;

/// <summary>
/// 投诉引起的时效中断: labour inspection registered a worker's complaint against an employer, a request for relief to a
/// competent department that interrupts the arbitration limitation (调解仲裁法 第二十七条第二款, applied to complaints as
/// an interpretation). Kept as Inspection reported it, so the limitation check of a later application by the same matter
/// (linkage number) counts the year again from <see cref="InterruptedOn"/>, and one against the same employer shows it
/// for the clerk to verify (the report names the employer, not the workers).
/// </summary>
internal sealed class ComplaintInterruption : ILinkedMatter
{
    private ComplaintInterruption()
    {
    }

    public Guid Id { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    /// <summary>Inspection's id of the complaint: one interruption per complaint.</summary>
    public Guid ComplaintId { get; private set; }

    public DateOnly InterruptedOn { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public int WorkersCovered { get; private set; }

    public string Basis { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public static ComplaintInterruption Record(
        Guid id, string linkageNumber, Guid complaintId, DateOnly interruptedOn, string employerName, string? employerCreditCode, int workersCovered, string basis,
        DateTimeOffset receivedAt) => new()
    {
        Id = id,
        LinkageNumber = linkageNumber,
        ComplaintId = complaintId,
        InterruptedOn = interruptedOn,
        EmployerName = employerName,
        EmployerCreditCode = employerCreditCode,
        WorkersCovered = workersCovered,
        Basis = basis,
        ReceivedAt = receivedAt,
    };

    /// <summary>Whether it is certainly this application's matter (same linkage number), so the interruption applies.</summary>
    public bool AppliesTo(ArbitrationApplication application) => LinkageNumber == application.LinkageNumber;

    /// <summary>The limitation event it amounts to for an application of the same matter.</summary>
    public LimitationEvent AsLimitationEvent() =>
        new(Id, LimitationEventKind.Interruption, InterruptedOn, null, "向劳动保障监察机构投诉（联动编号" + LinkageNumber + "）");
}
