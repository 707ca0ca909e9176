using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.LegalAid;

/// <summary>
/// Legal aid's statutory deadlines (deadlines.md §4). The law says "日" without more; they are counted as calendar days
/// (§9) until 办理法律援助案件程序规定 (2023) is checked — its 2012 version said 7 个工作日 (§4 last row, U).
/// </summary>
internal sealed class LegalAidDeadlineRules : IDeadlineRuleSource
{
    public const string ReviewApplication = "legalaid.review-application";
    public const string AssignProvider = "legalaid.assign-provider";
    public const string DecideObjection = "legalaid.decide-objection";
    public const string AdvanceAidThreshold = "legalaid.advance-aid-threshold";

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        new(ReviewApplication, "审查法律援助申请并作出决定", "收到法律援助申请之日",
            new Period(7, PeriodUnit.CalendarDays), DutyHolder.OwnAgency,
            "《中华人民共和国法律援助法》第四十三条第一款", LegalBasisCertainty.Primary),
        new(AssignProvider, "指派法律援助人员", "作出给予法律援助决定之日",
            new Period(3, PeriodUnit.CalendarDays), DutyHolder.OwnAgency,
            "《中华人民共和国法律援助法》第四十三条第一款", LegalBasisCertainty.Primary),

        // The duty is the 司法行政部门's (the department that set up the legal-aid agency), not the legal-aid agency's:
        // LegalAid tracks it for the applicant, and no local policy of the agency may change it.
        new(DecideObjection, "司法行政部门对异议作出决定", "收到异议之日",
            new Period(5, PeriodUnit.CalendarDays), DutyHolder.OtherAgency,
            "《中华人民共和国法律援助法》第四十九条第二款", LegalBasisCertainty.Primary),

        // Not a duty but a threshold: the agency may provide aid before the formalities are complete when fewer than
        // 7 days remain before a limitation or time limit (to sue, arbitrate or seek administrative review) expires.
        // Counted backward from that expiry date, excluding it, the computed date D = expiry − 7 is the last day on
        // which 7 days (D+1 … expiry) still remain; an application received after D qualifies. Backward periods are
        // never rolled. The period is the party's (its limitation), so no local policy may narrow the threshold; a
        // module should compute it (DeadlineCalculator.Compute) to decide eligibility rather than track it as a duty.
        new(AdvanceAidThreshold, "先行提供法律援助的期限临界（距时效或期限届满不足七日）", "法定时效或者期限届满之日（倒数）",
            new Period(7, PeriodUnit.CalendarDays), DutyHolder.Party,
            "《中华人民共和国法律援助法》第四十四条第一款第一项", LegalBasisCertainty.Primary)
        {
            Direction = CountDirection.Backward,
            RollForward = RollForward.None,
        },
    ];
}
