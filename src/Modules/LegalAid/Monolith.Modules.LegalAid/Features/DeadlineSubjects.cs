using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Features;

internal static class DeadlineSubjects
{
    /// <summary>The application as a deadline's subject; one a linkage agency referred is <see cref="CaseTraits.Referred"/>.</summary>
    public static DeadlineSubject For(LegalAidApplication application) => new(
        nameof(LegalAidApplication),
        application.Id,
        application.LinkageNumber,
        application.Referral is { } referral
            ? $"法律援助申请 {application.LinkageNumber}（{application.Applicant.Name}，{referral.ReferringAgencyName}转介）"
            : $"法律援助申请 {application.LinkageNumber}（{application.Applicant.Name}）")
    {
        Traits = application.Referral is null ? [] : [CaseTraits.Referred],
    };
}
