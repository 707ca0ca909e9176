using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Inspection.Domain;

namespace Monolith.Modules.Inspection.Features.Shared;

internal static class DeadlineSubjects
{
    /// <summary>
    /// The case as a deadline's subject, named by its employer (not its workers). A matter that came through the joint
    /// window is a linkage case; one that another agency sent is also referred.
    /// </summary>
    public static DeadlineSubject For(InspectionCase matter) => new(
        nameof(InspectionCase),
        matter.Id,
        matter.LinkageNumber,
        $"劳动保障监察{InspectionText.Kind(matter.Kind)} {matter.LinkageNumber}（{matter.Employer.Name}）")
    {
        Traits = matter.Channel switch
        {
            IntakeChannel.JointWindow => [CaseTraits.Linkage],
            IntakeChannel.Union or IntakeChannel.LegalAid or IntakeChannel.ViolationLead => [CaseTraits.Linkage, CaseTraits.Referred],
            _ => [],
        },
    };

    public static DeadlineSubject For(EvidenceAssistanceRequest request) => new(
        nameof(EvidenceAssistanceRequest),
        request.Id,
        request.LinkageNumber,
        $"调查取证协助 {request.RequestingAgencyName} {request.RequestingCaseReference}（{request.EmployerName}）")
    {
        Traits = [CaseTraits.Linkage, CaseTraits.Referred],
    };

    public static DeadlineSubject For(ViolationLead lead) => new(
        nameof(ViolationLead),
        lead.Id,
        lead.LinkageNumber,
        $"案件线索 {lead.ReportingAgencyName} {lead.ReportingCaseReference}（{lead.EmployerName}）")
    {
        Traits = [CaseTraits.Linkage, CaseTraits.Referred],
    };
}
