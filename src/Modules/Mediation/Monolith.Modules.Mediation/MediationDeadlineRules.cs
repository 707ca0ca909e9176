using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Mediation;

/// <summary>
/// Mediation's deadlines (deadlines.md §5): the mediation period, enterprise negotiation and the enterprise committee,
/// judicial confirmation and the 支付令 that follows an unperformed wage agreement. The joint 仲裁审查 application
/// (15 日, 办案规则 第七十四条) is Arbitration's rule <c>arbitration.review-application</c> and is not repeated here.
/// </summary>
/// <remarks>
/// Whose period each is decides whether a local policy may touch it (only <see cref="DutyHolder.OwnAgency"/>): the
/// mediation organisation's own steps are OwnAgency; the court's periods (受理/确认 of a 司法确认 application, 支付令
/// steps) are <see cref="DutyHolder.Court"/>, however closely Mediation follows them for the worker; the employer's
/// answer to a negotiation request and the debtor-employer's answer to a 支付令 are <see cref="DutyHolder.Employer"/>.
/// 企业劳动争议协商调解规定 (人社部令第17号) was confirmed only through news reports and its article numbers are
/// unknown (§10.3), hence <see cref="LegalBasisCertainty.NewsReport"/> and no article in the citation.
/// </remarks>
internal sealed class MediationDeadlineRules : IDeadlineRuleSource
{
    public const string NoAgreementArbitration = "mediation.no-agreement-arbitration";
    public const string NegotiationAnswer = "mediation.negotiation-answer";
    public const string CommitteeAcceptance = "mediation.committee-acceptance";
    public const string CommitteeConclusion = "mediation.committee-conclusion";
    public const string JudicialConfirmationApplication = "mediation.judicial-confirmation-application";
    public const string CourtConfirmationAcceptance = "mediation.court-confirmation-acceptance";
    public const string CourtConfirmationDecision = "mediation.court-confirmation-decision";
    public const string ConfirmationObjection = "mediation.confirmation-objection";
    public const string ConfirmationObjectionByInterestedPerson = "mediation.confirmation-objection-interested-person";
    public const string PaymentOrderAcceptance = "mediation.payment-order-acceptance";
    public const string PaymentOrderIssue = "mediation.payment-order-issue";
    public const string PaymentOrderObjection = "mediation.payment-order-objection";

    private const string EnterpriseRules = "《企业劳动争议协商调解规定》（条款待核实）";
    private const string ConfirmationRules = "《最高人民法院关于人民调解协议司法确认程序的若干规定》";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(NoAgreementArbitration, "调解期满未达成调解协议，当事人可以申请仲裁", "调解组织收到调解申请之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "《劳动争议调解仲裁法》第十四条第三款", LegalBasisCertainty.Primary),

        // The other side's answer: silence for 5 days counts as unwillingness to negotiate. The rule binds whichever side
        // is asked; on this platform the worker asks and the employer must answer.
        new(NegotiationAnswer, "用人单位回应劳动者的协商要求（逾期不回应视为不愿协商）", "劳动者提出协商要求之日",
            new Period(5, PeriodUnit.CalendarDays), DutyHolder.Employer, EnterpriseRules, LegalBasisCertainty.NewsReport),
        new(CommitteeAcceptance, "企业劳动争议调解委员会受理调解申请", "接到调解申请之日",
            new Period(3, PeriodUnit.WorkingDays), DutyHolder.OwnAgency, EnterpriseRules, LegalBasisCertainty.NewsReport),

        // The rule allows an extension when both parties agree and fixes no length: the extension is recorded with the
        // new date the parties agreed on, and the agreement as its reason.
        new(CommitteeConclusion, "企业劳动争议调解委员会结束调解（逾期视为调解不成；经双方当事人同意可以延长）",
            "受理调解申请之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.OwnAgency, EnterpriseRules, LegalBasisCertainty.NewsReport)
        {
            Extension = DeadlineExtension.ByPartiesAgreement(),
        },

        new(JudicialConfirmationApplication, "双方当事人共同申请司法确认调解协议", "调解协议生效之日",
            new Period(30, PeriodUnit.CalendarDays), DutyHolder.Party,
            "《人民调解法》第三十三条第一款；《民事诉讼法》第二百零五条", LegalBasisCertainty.Primary),

        // 2011 规定: text read (P); whether it still applies beside the 2022 民诉解释 is open (§10.7).
        new(CourtConfirmationAcceptance, "人民法院决定是否受理司法确认申请（法院职责）", "人民法院收到司法确认申请之日",
            new Period(3, PeriodUnit.CalendarDays), DutyHolder.Court, ConfirmationRules + "第四条第一款", LegalBasisCertainty.Primary),
        new(CourtConfirmationDecision, "人民法院作出是否确认调解协议的决定（法院职责）", "受理司法确认申请之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Court, ConfirmationRules + "第五条第一款", LegalBasisCertainty.Primary)
        {
            Extension = new DeadlineExtension(new Period(10, PeriodUnit.CalendarDays), "人民法院院长"),
        },
        new(ConfirmationObjection, "当事人对确认调解协议的裁定提出异议", "收到裁定之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party,
            "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百七十二条第二款", LegalBasisCertainty.Primary),
        new(ConfirmationObjectionByInterestedPerson, "利害关系人对确认调解协议的裁定提出异议",
            "知道或者应当知道其民事权益受到侵害之日",
            new Period(6, PeriodUnit.Months), DutyHolder.Party,
            "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百七十二条第二款", LegalBasisCertainty.Primary),

        // 支付令 (调解仲裁法 第十六条): a wage/工伤医疗费/经济补偿/赔偿金 agreement the employer did not perform.
        new(PaymentOrderAcceptance, "人民法院通知债权人是否受理支付令申请（法院职责）", "债权人提出支付令申请之日",
            new Period(5, PeriodUnit.CalendarDays), DutyHolder.Court, "《民事诉讼法》第二百二十六条", LegalBasisCertainty.Primary),
        new(PaymentOrderIssue, "人民法院向债务人发出支付令（法院职责）", "受理支付令申请之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Court, "《民事诉讼法》第二百二十七条第一款", LegalBasisCertainty.Primary),
        // The debtor is the employer that did not perform the agreement.
        new(PaymentOrderObjection, "债务人（用人单位）清偿债务或者提出书面异议", "债务人收到支付令之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Employer, "《民事诉讼法》第二百二十七条第二款", LegalBasisCertainty.Primary),
    ];
}
