using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Inspection;

/// <summary>
/// Inspection's duties to the other agencies of the linkage mechanism (南昌方案 三(四)): answering a request for
/// evidence-collection assistance and giving feedback on a violation lead. The document sets no period ("及时"), so the
/// periods come from the deployment's configuration (<see cref="InspectionOptions"/>) and every deadline cites that. They
/// are the agency's own duties: a missed one reaches supervision like any other.
/// </summary>
internal sealed class InspectionServiceRules : IDeadlineRuleSource
{
    public const string AnswerEvidenceRequest = "inspection.answer-evidence-request";
    public const string LeadFeedback = "inspection.lead-feedback";

    /// <summary>The defaults, for tools that read the rules without a configuration.</summary>
    public InspectionServiceRules()
        : this(Options.Create(new InspectionOptions()))
    {
    }

    public InspectionServiceRules(IOptions<InspectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.EvidenceAnswerWorkingDays is < 1 or > 60 || settings.LeadFeedbackWorkingDays is < 1 or > 60)
        {
            throw new InvalidOperationException("Inspection:EvidenceAnswerWorkingDays 和 Inspection:LeadFeedbackWorkingDays 应为1至60个工作日。");
        }

        Rules =
        [
            new(AnswerEvidenceRequest, "答复调查取证协助请求（通知用人单位或项目负责人说明情况，调取、复制证据材料并反馈）", "收到协助请求之日",
                new Period(settings.EvidenceAnswerWorkingDays, PeriodUnit.WorkingDays), DutyHolder.OwnAgency,
                "南昌市“监察+仲裁+工会+法援”联动工作方案（洪司发〔2022〕32号）三(四)：及时反馈；期限为本部署设定（Inspection:EvidenceAnswerWorkingDays）",
                LegalBasisCertainty.Primary),
            new(LeadFeedback, "反馈案件线索的处理情况（受理或不予采纳并说明理由）", "收到案件线索之日",
                new Period(settings.LeadFeedbackWorkingDays, PeriodUnit.WorkingDays), DutyHolder.OwnAgency,
                "南昌市“监察+仲裁+工会+法援”联动工作方案（洪司发〔2022〕32号）三(四)：及时反馈；期限为本部署设定（Inspection:LeadFeedbackWorkingDays）",
                LegalBasisCertainty.Primary),
        ];
    }

    public IEnumerable<DeadlineRule> Rules { get; }
}
