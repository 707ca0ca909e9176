using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Arbitration;

/// <summary>
/// Arbitration's statutory deadlines (deadlines.md §2). The 3/5/10-day steps use <see cref="PeriodUnit.CalendarOrWorkingDays"/>
/// until the working-or-calendar question of 办案规则 is settled (§9.6).
/// </summary>
internal sealed class ArbitrationDeadlineRules : IDeadlineRuleSource
{
    public const string DecideAcceptance = "arbitration.decide-acceptance";
    public const string ServeRespondent = "arbitration.serve-respondent";
    public const string Defence = "arbitration.defence";
    public const string OneTimeNotice = "arbitration.one-time-notice";
    public const string HearingNotice = "arbitration.hearing-notice";
    public const string PostponementRequest = "arbitration.postponement-request";
    public const string Award = "arbitration.award";
    public const string SueAgainstFinalAward = "arbitration.sue-against-final-award";
    public const string SetAsideFinalAward = "arbitration.set-aside-final-award";
    public const string SueAgainstNonFinalAward = "arbitration.sue-against-non-final-award";
    public const string ArbitrationReview = "arbitration.review-application";
    public const string ReviewDecision = "arbitration.review-decision";
    public const string ServeDefenceCopy = "arbitration.serve-defence-copy";
    public const string AwardExtended = "arbitration.award-extended";

    /// <summary>Outcomes of <see cref="ReviewDecision"/>: 审查确认（制作仲裁调解书）or 不予确认.</summary>
    public const string Confirmed = "confirmed";

    public const string NotConfirmed = "not-confirmed";

    /// <summary>Outcomes of <see cref="DecideAcceptance"/>: 受理（立案）or 不予受理.</summary>
    public const string Accepted = "accepted";

    public const string NotAccepted = "not-accepted";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(DecideAcceptance, "作出受理或不予受理决定", "收到仲裁申请之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency,
            "《劳动争议调解仲裁法》第二十九条；《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第十二条", LegalBasisCertainty.Primary)
        {
            Outcomes = new Dictionary<string, string> { [Accepted] = "受理", [NotAccepted] = "不予受理" },
        },
        new(ServeRespondent, "将仲裁申请书副本送达被申请人", "受理仲裁申请之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency, "《劳动争议调解仲裁法》第三十条第一款", LegalBasisCertainty.Primary),
        // The respondent's right (not a duty: a missing defence does not stop the case). The respondent is usually the
        // employer, but an employer may apply too, so the rule is a party's.
        new(Defence, "被申请人提交答辩书", "被申请人收到仲裁申请书副本之日",
            new Period(10, PeriodUnit.CalendarOrWorkingDays), DutyHolder.Party, "《劳动争议调解仲裁法》第三十条第二款", LegalBasisCertainty.Primary),
        new(OneTimeNotice, "书面通知仲裁庭组成情况（一次性告知）", "受理仲裁申请之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency,
            "《劳动争议调解仲裁法》第三十二条；《劳动人事争议仲裁办案规则》第三十七条", LegalBasisCertainty.Primary),
        new(HearingNotice, "开庭通知送达当事人（开庭五日前）", "开庭日期（倒数）",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency,
            "《劳动争议调解仲裁法》第三十五条；《劳动人事争议仲裁办案规则》第三十八条", LegalBasisCertainty.Primary)
        {
            Direction = CountDirection.Backward,
            RollForward = RollForward.None,
        },
        new(PostponementRequest, "当事人申请延期开庭（开庭三日前）", "开庭日期（倒数）",
            new Period(3, PeriodUnit.CalendarOrWorkingDays), DutyHolder.Party,
            "《劳动争议调解仲裁法》第三十五条；《劳动人事争议仲裁办案规则》第三十八条", LegalBasisCertainty.Primary)
        {
            Direction = CountDirection.Backward,
            RollForward = RollForward.None,
        },
        new(Award, "作出仲裁裁决（结案）", "受理仲裁申请之日",
            new Period(45, PeriodUnit.CalendarDays), DutyHolder.OwnAgency,
            "《劳动争议调解仲裁法》第四十三条第一款；《劳动人事争议仲裁办案规则》第四十五条、第四十六条", LegalBasisCertainty.Primary),
        // The +15 days are not a generic extension of the rule above: the case keeps the chair's written approval and
        // the award clock (exclusions, restarts) itself, and restarts the tracked deadline under this rule from the
        // first due date (ADR 0070).
        new(AwardExtended, "作出仲裁裁决（经批准延长十五日）", "原审理期限届满之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.OwnAgency,
            "《劳动争议调解仲裁法》第四十三条第一款；《劳动人事争议仲裁办案规则》第四十五条（仲裁委员会主任或其书面委托的仲裁院负责人书面批准）",
            LegalBasisCertainty.Primary),
        new(ServeDefenceCopy, "将答辩书副本送达申请人", "仲裁委员会收到答辩书之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency, "《劳动争议调解仲裁法》第三十条第二款", LegalBasisCertainty.Primary),
        new(SueAgainstFinalAward, "劳动者对终局裁决不服向人民法院起诉", "劳动者收到仲裁裁决书之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "《劳动争议调解仲裁法》第四十八条", LegalBasisCertainty.Primary),
        new(SetAsideFinalAward, "用人单位申请撤销终局裁决", "用人单位收到仲裁裁决书之日",
            new Period(30, PeriodUnit.CalendarDays), DutyHolder.Employer, "《劳动争议调解仲裁法》第四十九条第一款", LegalBasisCertainty.Primary),
        new(SueAgainstNonFinalAward, "当事人对非终局裁决不服向人民法院起诉", "当事人收到仲裁裁决书之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "《劳动争议调解仲裁法》第五十条", LegalBasisCertainty.Primary),
        new(ArbitrationReview, "共同申请仲裁审查确认调解协议", "调解协议生效之日",
            new Period(15, PeriodUnit.CalendarDays), DutyHolder.Party, "《劳动人事争议仲裁办案规则》第七十四条", LegalBasisCertainty.Secondary),
        // deadlines.md §2 marks the review period unverified ("及时" / believed 5 days). 办案规则 第七十六条 as recalled:
        // the review ends within five days of accepting the application; an application in time is accepted on receipt.
        new(ReviewDecision, "审查调解协议并作出是否确认的决定", "受理仲裁审查申请之日",
            new Period(5, PeriodUnit.CalendarOrWorkingDays), DutyHolder.OwnAgency,
            "《劳动人事争议仲裁办案规则》第七十五条、第七十六条（审查期限五日，条文待核实）", LegalBasisCertainty.Unverified)
        {
            Outcomes = new Dictionary<string, string> { [Confirmed] = "审查确认", [NotConfirmed] = "不予确认" },
        },
    ];
}
