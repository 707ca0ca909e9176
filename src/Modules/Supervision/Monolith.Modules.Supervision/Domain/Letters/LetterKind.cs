namespace Monolith.Modules.Supervision.Domain.Letters;

/// <summary>Every letter the ledger keeps (seed 000 第五条, seed 001 item 9).</summary>
internal enum LetterKind
{
    /// <summary>工会劳动法律监督提示函.</summary>
    UnionReminder = 1,

    /// <summary>工会劳动法律监督意见书, to the employer.</summary>
    UnionOpinion = 2,

    /// <summary>工会劳动法律监督建议书, to a government department.</summary>
    UnionSuggestion = 3,

    /// <summary>检察建议书.</summary>
    ProcuratorialSuggestion = 4,

    /// <summary>检察意见书.</summary>
    ProcuratorialOpinion = 5,

    /// <summary>司法建议书 (court).</summary>
    JudicialSuggestion = 6,

    /// <summary>仲裁建议书.</summary>
    ArbitrationSuggestion = 7,

    /// <summary>企业劳动用工合规建议书.</summary>
    ComplianceSuggestion = 8,

    /// <summary>调解建议书.</summary>
    MediationSuggestion = 9,

    /// <summary>信用承诺书 (signed by the employer; no reply owed).</summary>
    CreditCommitment = 10,

    /// <summary>提请处理函: the last step of an escalation, to the procuratorate or the people's government.</summary>
    EscalationReport = 11,
}

/// <summary>Whom a letter is addressed to.</summary>
internal enum RecipientKind
{
    /// <summary>用人单位.</summary>
    Employer = 1,

    /// <summary>政府部门、检察机关或其他单位.</summary>
    Department = 2,
}

internal enum LetterStatus
{
    /// <summary>待回复: a reply is owed and its period runs.</summary>
    AwaitingReply = 1,

    /// <summary>逾期未回复.</summary>
    Overdue = 2,

    /// <summary>已回复，待整改.</summary>
    Replied = 3,

    /// <summary>已整改.</summary>
    Rectified = 4,

    /// <summary>已升级: a next letter of the chain was issued for it.</summary>
    Escalated = 5,

    /// <summary>已登记 (no reply period: a commitment, or the last step of a chain).</summary>
    Recorded = 6,
}
