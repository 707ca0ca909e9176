namespace Monolith.Modules.Inspection.Domain;

/// <summary>投诉 (a worker's own rights, identified) or 举报 (any violation, may be anonymous).</summary>
internal enum MatterKind
{
    Complaint = 1,
    Report = 2,
}

/// <summary>How the matter reached the inspection agency.</summary>
internal enum IntakeChannel
{
    /// <summary>劳动者联动维权服务窗口.</summary>
    JointWindow = 1,

    /// <summary>劳动者本人（来访、来电、来信、网上）.</summary>
    Worker = 2,

    /// <summary>工会（职工服务中心、“三师一室”）转来.</summary>
    Union = 3,

    /// <summary>法律援助机构转来.</summary>
    LegalAid = 4,

    /// <summary>由其他机构移交的案件线索登记.</summary>
    ViolationLead = 5,

    /// <summary>监察任务 opened from a risk early warning of the supervision ledger.</summary>
    RiskAlert = 6,
}

internal enum CaseStatus
{
    /// <summary>已登记，待决定是否受理.</summary>
    Received = 1,

    /// <summary>不予受理（书面告知理由）.</summary>
    NotAccepted = 2,

    /// <summary>已受理并立案，调查中.</summary>
    Investigating = 3,

    /// <summary>已结案.</summary>
    Closed = 4,
}

/// <summary>The main violation complained of.</summary>
internal enum ViolationCategory
{
    UnpaidWages = 1,
    BelowMinimumWage = 2,
    UnpaidOvertime = 3,
    NoWrittenContract = 4,
    SocialInsurance = 5,
    WorkingHours = 6,
    ChildLabour = 7,
    Other = 9,
}

/// <summary>Why a complaint is not accepted (若干规定 第十八条; 监察条例 第二十条、第二十一条).</summary>
internal enum NonAcceptanceGround
{
    /// <summary>违法行为发生（终了）已超过二年（监察条例 第二十条）.</summary>
    LookBackExpired = 1,

    /// <summary>用人单位无法确定.</summary>
    EmployerUnidentified = 2,

    /// <summary>不属于劳动保障监察职责范围.</summary>
    OutsideRemit = 3,

    /// <summary>不属于本机关管辖.</summary>
    OutsideJurisdiction = 4,

    /// <summary>应当通过劳动争议处理程序解决，或已按该程序申请调解、仲裁或起诉（监察条例 第二十一条第二款）.</summary>
    DisputeProcedure = 5,
}

/// <summary>Where the complainant is told to go after a non-acceptance.</summary>
internal enum Guidance
{
    None = 0,

    /// <summary>劳动人事争议仲裁委员会.</summary>
    Arbitration = 1,

    /// <summary>人民法院.</summary>
    Court = 2,

    /// <summary>其他有管辖权的部门.</summary>
    OtherDepartment = 3,
}

/// <summary>责令改正 or 责令限期支付 (监察条例 第二十六条).</summary>
internal enum OrderKind
{
    Rectification = 1,
    Payment = 2,
}

internal enum OrderStatus
{
    /// <summary>In its period.</summary>
    Pending = 1,

    /// <summary>已履行.</summary>
    Complied = 2,

    /// <summary>逾期未履行: the period ran out without compliance recorded.</summary>
    Overdue = 3,
}

/// <summary>Why a dispute goes to arbitration (南昌方案 三(五); 监察条例 第二十一条).</summary>
internal enum ArbitrationReferralReason
{
    /// <summary>用人单位不同意协商.</summary>
    EmployerRefusedNegotiation = 1,

    /// <summary>协商未果.</summary>
    NegotiationFailed = 2,

    /// <summary>投诉事项属于劳动争议，需通过仲裁处理.</summary>
    DisputeMatter = 3,
}

internal enum ReferralStatus
{
    AwaitingDecision = 1,
    Granted = 2,
    Refused = 3,
}

/// <summary>结案情形.</summary>
internal enum ClosureOutcome
{
    /// <summary>用人单位已按责令改正.</summary>
    Rectified = 1,

    /// <summary>追回拖欠工资.</summary>
    WagesRecovered = 2,

    /// <summary>作出行政处罚.</summary>
    Penalised = 3,

    /// <summary>查无违法事实.</summary>
    NoViolationFound = 4,

    /// <summary>转劳动争议处理程序（仲裁、诉讼）.</summary>
    TransferredToDisputeProcedure = 5,

    /// <summary>投诉人撤回投诉.</summary>
    Withdrawn = 6,
}

/// <summary>The statements and documents the employer gives during the investigation.</summary>
internal enum StatementKind
{
    /// <summary>陈述、申辩（监察条例 第十九条）.</summary>
    Statement = 1,

    /// <summary>提供的书面材料（工资表、考勤记录、劳动合同等）.</summary>
    Documents = 2,

    /// <summary>调查询问笔录.</summary>
    InquiryRecord = 3,
}
