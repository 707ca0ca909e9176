namespace Monolith.Modules.Inspection.Domain;

/// <summary>The module's states and kinds in Chinese, for the timeline, pages, documents and API responses.</summary>
internal static class InspectionText
{
    public static string Kind(MatterKind kind) => kind switch
    {
        MatterKind.Complaint => "投诉",
        MatterKind.Report => "举报",
        _ => kind.ToString(),
    };

    public static string Channel(IntakeChannel channel) => channel switch
    {
        IntakeChannel.JointWindow => "联动维权服务窗口",
        IntakeChannel.Worker => "劳动者本人",
        IntakeChannel.Union => "工会转来",
        IntakeChannel.LegalAid => "法律援助机构转来",
        IntakeChannel.ViolationLead => "案件线索移交",
        IntakeChannel.RiskAlert => "风险预警",
        _ => channel.ToString(),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => "待受理",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.Investigating => "立案调查中",
        CaseStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    public static string Category(ViolationCategory category) => category switch
    {
        ViolationCategory.UnpaidWages => "拖欠工资",
        ViolationCategory.BelowMinimumWage => "低于最低工资标准支付工资",
        ViolationCategory.UnpaidOvertime => "未支付加班工资",
        ViolationCategory.NoWrittenContract => "未订立书面劳动合同",
        ViolationCategory.SocialInsurance => "未依法参加社会保险",
        ViolationCategory.WorkingHours => "违反工作时间和休息休假规定",
        ViolationCategory.ChildLabour => "使用童工",
        ViolationCategory.Other => "其他劳动保障违法行为",
        _ => category.ToString(),
    };

    public static string Ground(NonAcceptanceGround ground) => ground switch
    {
        NonAcceptanceGround.LookBackExpired => "违法行为已超过二年（《劳动保障监察条例》第二十条）",
        NonAcceptanceGround.EmployerUnidentified => "用人单位无法确定",
        NonAcceptanceGround.OutsideRemit => "不属于劳动保障监察职责范围",
        NonAcceptanceGround.OutsideJurisdiction => "不属于本机关管辖",
        NonAcceptanceGround.DisputeProcedure => "属于劳动争议处理范围（《劳动保障监察条例》第二十一条第二款）",
        _ => ground.ToString(),
    };

    public static string Guidance(Guidance guidance) => guidance switch
    {
        Domain.Guidance.None => "无",
        Domain.Guidance.Arbitration => "向劳动人事争议仲裁委员会申请仲裁",
        Domain.Guidance.Court => "向人民法院提起诉讼",
        Domain.Guidance.OtherDepartment => "向有管辖权的部门反映",
        _ => guidance.ToString(),
    };

    public static string Order(OrderKind kind) => kind switch
    {
        OrderKind.Rectification => "责令改正通知书",
        OrderKind.Payment => "责令限期支付通知书",
        _ => kind.ToString(),
    };

    public static string OrderStatus(OrderStatus status) => status switch
    {
        Domain.OrderStatus.Pending => "履行期限内",
        Domain.OrderStatus.Complied => "已履行",
        Domain.OrderStatus.Overdue => "逾期未履行",
        _ => status.ToString(),
    };

    public static string ArbitrationReason(ArbitrationReferralReason reason) => reason switch
    {
        ArbitrationReferralReason.EmployerRefusedNegotiation => "用人单位不同意协商",
        ArbitrationReferralReason.NegotiationFailed => "协商未果",
        ArbitrationReferralReason.DisputeMatter => "投诉事项属于劳动争议，需通过仲裁处理",
        _ => reason.ToString(),
    };

    public static string Referral(ReferralStatus status) => status switch
    {
        ReferralStatus.AwaitingDecision => "法律援助机构审查中",
        ReferralStatus.Granted => "已给予法律援助",
        ReferralStatus.Refused => "不予法律援助",
        _ => status.ToString(),
    };

    public static string Outcome(ClosureOutcome outcome) => outcome switch
    {
        ClosureOutcome.Rectified => "用人单位已改正",
        ClosureOutcome.WagesRecovered => "追回拖欠工资",
        ClosureOutcome.Penalised => "作出行政处罚",
        ClosureOutcome.NoViolationFound => "查无违法事实",
        ClosureOutcome.TransferredToDisputeProcedure => "转劳动争议处理程序",
        ClosureOutcome.Withdrawn => "投诉人撤回投诉",
        _ => outcome.ToString(),
    };

    public static string Statement(StatementKind kind) => kind switch
    {
        StatementKind.Statement => "陈述、申辩",
        StatementKind.Documents => "提供的书面材料",
        StatementKind.InquiryRecord => "调查询问笔录",
        _ => kind.ToString(),
    };

    public static string EvidenceStatus(EvidenceRequestStatus status) => status switch
    {
        EvidenceRequestStatus.Received => "待通知用人单位",
        EvidenceRequestStatus.Notified => "已通知，待调取",
        EvidenceRequestStatus.Answered => "已答复",
        _ => status.ToString(),
    };

    public static string LeadStatus(LeadStatus status) => status switch
    {
        Domain.LeadStatus.Received => "待处理",
        Domain.LeadStatus.TakenUp => "已受理",
        Domain.LeadStatus.Declined => "不予采纳",
        _ => status.ToString(),
    };

    public static string RiskLevel(Monolith.Modules.Supervision.Contracts.RiskLevel level) => level switch
    {
        Monolith.Modules.Supervision.Contracts.RiskLevel.Red => "红色预警",
        Monolith.Modules.Supervision.Contracts.RiskLevel.Orange => "橙色预警",
        Monolith.Modules.Supervision.Contracts.RiskLevel.Yellow => "黄色预警",
        Monolith.Modules.Supervision.Contracts.RiskLevel.Blue => "蓝色预警",
        _ => level.ToString(),
    };

    public static string RiskSubject(Monolith.Modules.Supervision.Contracts.RiskSubjectKind kind) => kind switch
    {
        Monolith.Modules.Supervision.Contracts.RiskSubjectKind.Employer => "用人单位",
        Monolith.Modules.Supervision.Contracts.RiskSubjectKind.Industry => "行业",
        Monolith.Modules.Supervision.Contracts.RiskSubjectKind.District => "区县",
        _ => kind.ToString(),
    };

    public static string AlertStatus(RiskAlertStatus status) => status switch
    {
        RiskAlertStatus.Open => "待处理",
        RiskAlertStatus.TakenUp => "已立项核查",
        RiskAlertStatus.Dismissed => "不予立项",
        _ => status.ToString(),
    };
}
