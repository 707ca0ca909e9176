using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Supervision.Domain.Letters;

/// <summary>
/// 监督文书台账: one letter an agency issued to an employer or a department, with the reply owed, the reply and the
/// rectification received, and its place in an escalation chain (each step a new letter linked to the first).
/// </summary>
internal sealed class SupervisionLetter : ILinkedMatter
{
    private SupervisionLetter()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Code name of the module the letter came from ("Union", "Arbitration", or "Supervision" for letters registered or escalated here).</summary>
    public string SourceModule { get; private set; } = string.Empty;

    /// <summary>The issuing module's id of the letter; with <see cref="SourceModule"/> unique, so a redelivered event adds nothing.</summary>
    public Guid SourceLetterId { get; private set; }

    /// <summary>Code name of the module of the issuing agency (kept through the chain; its staff are reminded).</summary>
    public string IssuerModule { get; private set; } = string.Empty;

    public LetterKind Kind { get; private set; }

    public string Number { get; private set; } = string.Empty;

    /// <summary>The issuing body in Chinese, e.g. "南昌市总工会".</summary>
    public string IssuerAgency { get; private set; } = string.Empty;

    public string IssuedBy { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public string LinkageNumber { get; private set; } = string.Empty;

    public RecipientKind RecipientKind { get; private set; }

    public string RecipientName { get; private set; } = string.Empty;

    /// <summary>The employer's unified social credit code, when the recipient is an employer and it is known.</summary>
    public string? RecipientCreditCode { get; private set; }

    public string Findings { get; private set; } = string.Empty;

    public string LegalBasis { get; private set; } = string.Empty;

    public string Requests { get; private set; } = string.Empty;

    public LetterStatus Status { get; private set; }

    public string? ReplyRuleId { get; private set; }

    public string? ReplyRuleTitle { get; private set; }

    public DateOnly? ReplyDueDate { get; private set; }

    public DateTimeOffset? ReminderSentAt { get; private set; }

    public DateTimeOffset? OverdueAt { get; private set; }

    public string? Reply { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public string? ReplyRecordedBy { get; private set; }

    public string? RectificationEvidence { get; private set; }

    public DateTimeOffset? RectifiedAt { get; private set; }

    public string? RectificationRecordedBy { get; private set; }

    /// <summary>The first letter of the chain (itself for a first letter).</summary>
    public Guid ChainRootId { get; private set; }

    public Guid? PreviousLetterId { get; private set; }

    /// <summary>0 for a first letter, 1 for its first escalation, …</summary>
    public int EscalationStep { get; private set; }

    public Guid? EscalatedToLetterId { get; private set; }

    public int Version { get; private set; }

    public bool OwesReply => ReplyRuleId is not null;

    public static SupervisionLetter Issue(
        Guid id, string sourceModule, Guid sourceLetterId, LetterKind kind, string number, string issuerAgency, string issuedBy, DateTimeOffset issuedAt,
        string linkageNumber, RecipientKind recipientKind, string recipientName, string? recipientCreditCode, string findings, string legalBasis, string requests) => new()
        {
            Id = id,
            SourceModule = sourceModule,
            SourceLetterId = sourceLetterId,
            IssuerModule = sourceModule,
            Kind = kind,
            Number = number,
            IssuerAgency = issuerAgency,
            IssuedBy = issuedBy,
            IssuedAt = issuedAt,
            LinkageNumber = linkageNumber,
            RecipientKind = recipientKind,
            RecipientName = recipientName,
            RecipientCreditCode = string.IsNullOrWhiteSpace(recipientCreditCode) ? null : recipientCreditCode,
            Findings = findings,
            LegalBasis = legalBasis,
            Requests = requests,
            Status = LetterStatus.Recorded,
            ChainRootId = id,
        };

    /// <summary>The reply period the catalogue gives this kind of letter; the letter now awaits a reply.</summary>
    public void OweReply(string ruleId, string ruleTitle, DateOnly dueDate)
    {
        ReplyRuleId = ruleId;
        ReplyRuleTitle = ruleTitle;
        ReplyDueDate = dueDate;
        Status = LetterStatus.AwaitingReply;
        Version++;
    }

    /// <summary>The reminder before the reply deadline went out; false if there was nothing to remind (replied, overdue, escalated).</summary>
    public bool Remind(DateTimeOffset at)
    {
        if (Status != LetterStatus.AwaitingReply || ReminderSentAt is not null)
        {
            return false;
        }

        ReminderSentAt = at;
        Version++;
        return true;
    }

    /// <summary>The reply period ended with no reply recorded; false if a reply came in time (or it was already marked).</summary>
    public bool MarkOverdue(DateTimeOffset at)
    {
        if (Status != LetterStatus.AwaitingReply)
        {
            return false;
        }

        Status = LetterStatus.Overdue;
        OverdueAt = at;
        Version++;
        return true;
    }

    /// <summary>The recipient's written reply. A late reply is still recorded (the letter stays marked as once overdue).</summary>
    /// <param name="issuedOn">The local date the letter was issued.</param>
    /// <param name="today">The local date today.</param>
    public void RecordReply(string reply, DateOnly repliedOn, DateOnly issuedOn, DateOnly today, string recordedBy)
    {
        if (!OwesReply)
        {
            throw new BusinessRuleViolationException("supervision.letter-no-reply-owed", $"{LetterKinds.Name(Kind)}无须回复。");
        }

        if (Reply is not null)
        {
            throw new BusinessRuleViolationException("supervision.letter-replied", "该文书已登记回复。");
        }

        if (repliedOn < issuedOn || repliedOn > today)
        {
            throw new BusinessRuleViolationException("supervision.letter-reply-date", "回复日期应在文书发出之日至今天之间。");
        }

        Reply = reply;
        RepliedOn = repliedOn;
        ReplyRecordedBy = recordedBy;
        if (Status != LetterStatus.Escalated)
        {
            Status = LetterStatus.Replied;
        }

        Version++;
    }

    /// <summary>The rectification evidence (整改材料) once the recipient has replied.</summary>
    public void RecordRectification(string evidence, string recordedBy, DateTimeOffset at)
    {
        if (Reply is null)
        {
            throw new BusinessRuleViolationException("supervision.letter-not-replied", "请先登记被建议单位的回复，再登记整改情况。");
        }

        if (RectifiedAt is not null)
        {
            throw new BusinessRuleViolationException("supervision.letter-rectified", "该文书已登记整改情况。");
        }

        RectificationEvidence = evidence;
        RectificationRecordedBy = recordedBy;
        RectifiedAt = at;
        if (Status != LetterStatus.Escalated)
        {
            Status = LetterStatus.Rectified;
        }

        Version++;
    }

    /// <summary>
    /// The next letter of the chain, issued because this one went unanswered: only once overdue, only once, and only
    /// while the chain has a next step.
    /// </summary>
    public SupervisionLetter Escalate(
        Guid id, string number, string issuedBy, DateTimeOffset at, string recipientName, string? recipientCreditCode, string findings, string legalBasis, string requests)
    {
        if (LetterKinds.Next(Kind) is not { } next)
        {
            throw new BusinessRuleViolationException("supervision.letter-chain-ends", $"{LetterKinds.Name(Kind)}是升级链的最后一步，不能再升级。");
        }

        if (Status == LetterStatus.Escalated)
        {
            throw new BusinessRuleViolationException("supervision.letter-escalated", "该文书已经升级。");
        }

        if (Status != LetterStatus.Overdue)
        {
            throw new BusinessRuleViolationException("supervision.letter-not-overdue", "只有逾期未回复的文书才能升级。");
        }

        var escalated = Issue(
            id, SupervisionModule.Descriptor.Name, id, next, number, IssuerAgency, issuedBy, at, LinkageNumber, LetterKinds.RecipientOf(next), recipientName,
            LetterKinds.RecipientOf(next) == RecipientKind.Employer ? recipientCreditCode : null, findings, legalBasis, requests);
        escalated.IssuerModule = IssuerModule;
        escalated.ChainRootId = ChainRootId;
        escalated.PreviousLetterId = Id;
        escalated.EscalationStep = EscalationStep + 1;
        EscalatedToLetterId = id;
        Status = LetterStatus.Escalated;
        Version++;
        return escalated;
    }
}
