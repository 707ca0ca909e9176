using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Features;

internal static class DeadlineSubjects
{
    /// <summary>The application as a deadline's subject; a linkage case is one the linkage mechanism referred.</summary>
    public static DeadlineSubject For(ArbitrationApplication application) => new(
        nameof(ArbitrationApplication),
        application.Id,
        application.LinkageNumber,
        $"仲裁申请 {application.LinkageNumber}（{application.Applicant.Name} 与 {application.Respondent.Name}）")
    {
        Traits = application.Channel == ApplicationChannel.Linkage ? [CaseTraits.Linkage, CaseTraits.Referred] : [],
    };
}
