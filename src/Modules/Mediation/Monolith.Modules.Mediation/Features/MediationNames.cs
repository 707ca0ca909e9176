using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Features;

/// <summary>Chinese names of the module's kinds and states, for pages, documents and API responses.</summary>
internal static class MediationNames
{
    public static string Kind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.EnterpriseCommittee => "企业劳动争议调解委员会",
        OrganisationKind.EnterpriseGroupCentre => "企业集团劳动争议调解中心",
        OrganisationKind.PeoplesMediationCommittee => "人民调解委员会",
        OrganisationKind.TownshipStreet => "乡镇（街道）劳动人事争议调解组织",
        OrganisationKind.Regional => "区域性劳动人事争议调解组织",
        OrganisationKind.Industry => "行业性、专业性劳动人事争议调解组织",
        OrganisationKind.UnionCentre => "工会劳动争议调解中心",
        OrganisationKind.ChamberOfCommerce => "商（协）会调解组织",
        OrganisationKind.ArbitrationCentre => "仲裁院劳动人事争议调解中心",
        _ => kind.ToString(),
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => "待受理",
        CaseStatus.InMediation => "调解中",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.Agreed => "已达成协议，待履行",
        CaseStatus.Performed => "协议已履行",
        CaseStatus.NotPerformed => "协议未履行",
        CaseStatus.Failed => "调解终结",
        _ => status.ToString(),
    };

    public static string Channel(CaseChannel channel) => channel switch
    {
        CaseChannel.Direct => "直接申请",
        CaseChannel.Window => "联动窗口引导",
        CaseChannel.Entrusted => "委托调解",
        CaseChannel.FromNegotiation => "协商未果转调解",
        _ => channel.ToString(),
    };

    public static string Entrustment(EntrustmentKind kind) => kind switch
    {
        EntrustmentKind.Entrusted => "委托调解",
        EntrustmentKind.Suggested => "建议调解",
        _ => kind.ToString(),
    };

    public static string Qualifications(MediatorQualifications qualifications) => string.Join("、", Enum.GetValues<MediatorQualifications>()
        .Where(q => q != MediatorQualifications.None && qualifications.HasFlag(q))
        .Select(Qualification));

    public static string Qualification(MediatorQualifications qualification) => qualification switch
    {
        MediatorQualifications.TrainedMediator => "调解员培训合格",
        MediatorQualifications.Lawyer => "律师",
        MediatorQualifications.Arbitrator => "仲裁员",
        MediatorQualifications.LabourRelationsCoordinator => "劳动关系协调员（师）",
        MediatorQualifications.LegalScholar => "法学专家",
        MediatorQualifications.RetiredJudge => "退休法官",
        MediatorQualifications.RetiredProsecutor => "退休检察官",
        MediatorQualifications.UnionOfficer => "工会工作者",
        _ => qualification.ToString(),
    };

    public static string Claim(MediationClaimKind kind) => ClaimKinds.ChineseName(kind);

    public static string FollowUpMethod(FollowUpMethod method) => method switch
    {
        Domain.FollowUpMethod.Phone => "电话回访",
        Domain.FollowUpMethod.Visit => "上门回访",
        Domain.FollowUpMethod.Other => "其他方式",
        _ => method.ToString(),
    };

    public static string Finding(PerformanceFinding finding) => finding switch
    {
        PerformanceFinding.Performed => "已履行完毕",
        PerformanceFinding.PartlyPerformed => "部分履行",
        PerformanceFinding.NotYetPerformed => "尚未履行",
        _ => finding.ToString(),
    };

    public static string Route(ConfirmationRoute route) => route switch
    {
        ConfirmationRoute.JudicialConfirmation => "申请司法确认",
        ConfirmationRoute.ArbitrationReview => "申请仲裁审查确认",
        ConfirmationRoute.NotSought => "当事人不申请确认",
        _ => route.ToString(),
    };

    public static string PaymentOrder(PaymentOrderStage stage) => MediationNamesForDomain.PaymentOrderStage(stage);

    public static string Review(ArbitrationReviewDecision decision) => decision switch
    {
        ArbitrationReviewDecision.Confirmed => "仲裁机构审查确认",
        ArbitrationReviewDecision.NotConfirmed => "仲裁机构不予确认",
        _ => decision.ToString(),
    };

    public static string Negotiation(NegotiationStatus status) => status switch
    {
        NegotiationStatus.AwaitingAnswer => "等待用人单位答复",
        NegotiationStatus.Refused => "用人单位拒绝协商",
        NegotiationStatus.NoAnswer => "逾期未答复，视为不愿协商",
        NegotiationStatus.Negotiating => "协商中",
        NegotiationStatus.Settled => "已签订和解协议",
        NegotiationStatus.Performed => "和解协议已履行",
        NegotiationStatus.NotPerformed => "和解协议未履行",
        NegotiationStatus.TransferredToMediation => "已转调解",
        NegotiationStatus.Failed => "协商不成",
        _ => status.ToString(),
    };

    public static string Requester(NegotiationRequester requester) => requester switch
    {
        NegotiationRequester.Worker => "劳动者本人",
        NegotiationRequester.Union => "工会代为提出",
        _ => requester.ToString(),
    };

    public static string Failure(MediationFailureReason reason) => FailureReasons.ChineseName(reason);
}
