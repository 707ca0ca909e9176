using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Inspection.Domain;

/// <summary>
/// 责令改正通知书 / 责令限期支付: what the employer must do (and pay) within a period the officer sets (监察条例
/// 第二十六条: the period is the agency's to set in each decision). The period counts calendar days from the day after
/// issue; a last day on a rest day rolls to the next working day. When it ends without compliance recorded, the order
/// is overdue (scheduled work of the module).
/// </summary>
internal sealed class RectificationOrder
{
    private RectificationOrder()
    {
    }

    public RectificationOrder(
        Guid id, string number, OrderKind kind, string requirements, decimal? amount, int periodDays, DateOnly dueDate, DateTimeOffset dueAt,
        DateTimeOffset issuedAt, string issuedBy)
    {
        Id = id;
        Number = number;
        Kind = kind;
        Requirements = requirements;
        Amount = amount;
        PeriodDays = periodDays;
        DueDate = dueDate;
        DueAt = dueAt;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
        Status = OrderStatus.Pending;
    }

    public Guid Id { get; private set; }

    /// <summary>The notice's document number.</summary>
    public string Number { get; private set; } = string.Empty;

    public OrderKind Kind { get; private set; }

    /// <summary>What must be rectified or paid, in the notice's words.</summary>
    public string Requirements { get; private set; } = string.Empty;

    /// <summary>For a payment order: the amount to pay, in yuan.</summary>
    public decimal? Amount { get; private set; }

    /// <summary>The period the officer set, in calendar days.</summary>
    public int PeriodDays { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>24:00 of the last day.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;

    public OrderStatus Status { get; private set; }

    public DateTimeOffset? ComplianceRecordedAt { get; private set; }

    public string? ComplianceRecordedBy { get; private set; }

    /// <summary>What the employer paid, for a payment order.</summary>
    public decimal? AmountPaid { get; private set; }

    public string? ComplianceNote { get; private set; }

    /// <summary>Complied only after the period ended.</summary>
    public bool CompliedLate { get; private set; }

    public DateTimeOffset? OverdueAt { get; private set; }

    internal void RecordCompliance(decimal? amountPaid, string note, DateTimeOffset at, string by)
    {
        if (Status == OrderStatus.Complied)
        {
            throw new BusinessRuleViolationException("inspection.order-complied", "该责令事项已记录履行。");
        }

        CompliedLate = at >= DueAt;
        Status = OrderStatus.Complied;
        AmountPaid = amountPaid;
        ComplianceNote = note;
        ComplianceRecordedAt = at;
        ComplianceRecordedBy = by;
    }

    /// <summary>The period ran out with nothing recorded: overdue. False if it has not ended or the order was complied with.</summary>
    internal bool TryMarkOverdue(DateTimeOffset now)
    {
        if (Status != OrderStatus.Pending || now < DueAt)
        {
            return false;
        }

        Status = OrderStatus.Overdue;
        OverdueAt = now;
        return true;
    }
}

/// <summary>调查询问通知书: the employer is told to appear at a time and place with the materials listed.</summary>
internal sealed class InquiryNotice
{
    private InquiryNotice()
    {
    }

    public InquiryNotice(Guid id, string number, DateTimeOffset appearAt, string place, string materials, DateTimeOffset issuedAt, string issuedBy)
    {
        Id = id;
        Number = number;
        AppearAt = appearAt;
        Place = place;
        Materials = materials;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public DateTimeOffset AppearAt { get; private set; }

    public string Place { get; private set; } = string.Empty;

    /// <summary>The materials to bring, one per line.</summary>
    public string Materials { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;
}

/// <summary>The employer's statement (陈述、申辩) or the documents it handed over, as recorded by the officer.</summary>
internal sealed class EmployerStatement
{
    private EmployerStatement()
    {
    }

    public EmployerStatement(Guid id, StatementKind kind, string summary, DateOnly receivedOn, DateTimeOffset recordedAt, string recordedBy)
    {
        Id = id;
        Kind = kind;
        Summary = summary;
        ReceivedOn = receivedOn;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public StatementKind Kind { get; private set; }

    public string Summary { get; private set; } = string.Empty;

    public DateOnly ReceivedOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;
}

/// <summary>
/// A proposed penalty and the employer's right to ask for a hearing within 5 working days of being told of it
/// (行政处罚法 第六十四条第一项、第八十五条). The window is the employer's, so it is kept here rather than as a deadline
/// of the agency's: its end is no failure of anyone's.
/// </summary>
internal sealed class PenaltyProposal
{
    private PenaltyProposal()
    {
    }

    public PenaltyProposal(string description, decimal? amount, DateTimeOffset proposedAt, string proposedBy, DateOnly hearingRequestDueDate, DateTimeOffset hearingRequestDueAt)
    {
        Description = description;
        Amount = amount;
        ProposedAt = proposedAt;
        ProposedBy = proposedBy;
        HearingRequestDueDate = hearingRequestDueDate;
        HearingRequestDueAt = hearingRequestDueAt;
    }

    public string Description { get; private set; } = string.Empty;

    public decimal? Amount { get; private set; }

    /// <summary>When the employer was told of the proposed penalty and its right to a hearing.</summary>
    public DateTimeOffset ProposedAt { get; private set; }

    public string ProposedBy { get; private set; } = string.Empty;

    public DateOnly HearingRequestDueDate { get; private set; }

    public DateTimeOffset HearingRequestDueAt { get; private set; }

    public DateTimeOffset? HearingRequestedAt { get; private set; }

    public DateOnly? HearingHeldOn { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? Decision { get; private set; }

    public decimal? DecidedAmount { get; private set; }

    public bool IsDecided => DecidedAt is not null;

    internal void RecordHearingRequest(DateTimeOffset at)
    {
        if (IsDecided)
        {
            throw new BusinessRuleViolationException("inspection.penalty-decided", "处罚已经作出决定。");
        }

        if (HearingRequestedAt is not null)
        {
            throw new BusinessRuleViolationException("inspection.hearing-requested", "用人单位已要求听证。");
        }

        if (at >= HearingRequestDueAt)
        {
            throw new BusinessRuleViolationException(
                "inspection.hearing-request-late", $"用人单位要求听证的期限已于{HearingRequestDueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}届满（《行政处罚法》第六十四条第一项）。");
        }

        HearingRequestedAt = at;
    }

    internal void Decide(string decision, decimal? amount, DateOnly? hearingHeldOn, DateTimeOffset at, string by)
    {
        if (IsDecided)
        {
            throw new BusinessRuleViolationException("inspection.penalty-decided", "处罚已经作出决定。");
        }

        if (HearingRequestedAt is not null && hearingHeldOn is null)
        {
            throw new BusinessRuleViolationException("inspection.hearing-not-held", "用人单位已要求听证，应当在听证后作出决定：请填写听证日期。");
        }

        if (HearingRequestedAt is null && at < HearingRequestDueAt)
        {
            throw new BusinessRuleViolationException(
                "inspection.hearing-window-open", $"用人单位要求听证的期限至{HearingRequestDueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}届满，期满前不能作出处罚决定。");
        }

        HearingHeldOn = hearingHeldOn;
        Decision = decision;
        DecidedAmount = amount;
        DecidedAt = at;
        DecidedBy = by;
    }
}
