using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Features;

internal static class DeadlineSubjects
{
    /// <summary>
    /// The case as a deadline's subject. An entrusted case was sent by another agency of the linkage mechanism; a case
    /// guided from the joint window is a linkage case (no local policy binds Mediation's rules today).
    /// </summary>
    public static DeadlineSubject For(MediationCase mediationCase) => new(
        nameof(MediationCase),
        mediationCase.Id,
        mediationCase.LinkageNumber,
        $"调解案件 {mediationCase.LinkageNumber}（{mediationCase.Applicant.Name} 与 {mediationCase.Respondent.Name}）")
    {
        Traits = mediationCase.Channel switch
        {
            CaseChannel.Entrusted => [CaseTraits.Referred, CaseTraits.Linkage],
            CaseChannel.Window => [CaseTraits.Linkage],
            _ => [],
        },
    };

    public static DeadlineSubject For(Negotiation negotiation) => new(
        nameof(Negotiation),
        negotiation.Id,
        negotiation.LinkageNumber,
        $"协商 {negotiation.LinkageNumber}（{negotiation.Worker.Name} 与 {negotiation.Employer.Name}）");
}
