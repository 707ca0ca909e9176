using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;

namespace Monolith.Modules.LegalAid.Tests.Unit;

public sealed class EligibilityTests
{
    private static readonly EligibilityPolicy Default = new();

    [Fact]
    public void A_migrant_worker_claiming_wages_needs_no_verification_only_the_statement()
    {
        var stated = Assess(Default, migrant: true, stated: true, income: null, LabourClaimKind.LabourRemuneration);
        var notStated = Assess(Default, migrant: true, stated: false, income: null, LabourClaimKind.LabourRemuneration);

        Assert.Equal(HardshipFinding.VerificationWaived, stated.Hardship);
        Assert.True(stated.Eligible);
        Assert.Contains(stated.Reasons, r => r.Contains("第四十二条", StringComparison.Ordinal));
        Assert.False(notStated.Eligible);
    }

    [Theory]
    [InlineData(LabourClaimKind.WorkInjury, true)]
    [InlineData(LabourClaimKind.SocialInsuranceBenefits, false)]
    [InlineData(LabourClaimKind.LabourRelationConfirmation, false)]
    public void Only_wage_and_work_injury_claims_waive_verification_for_migrant_workers(LabourClaimKind kind, bool waived) =>
        Assert.Equal(waived ? HardshipFinding.VerificationWaived : HardshipFinding.Unverified, Assess(Default, true, true, null, kind).Hardship);

    [Theory]
    [InlineData("1500", true)]
    [InlineData("1499.99", true)]
    [InlineData("1500.01", false)]
    public void Others_meet_the_provincial_standard_at_or_below_it(string income, bool eligible)
    {
        var result = Assess(Default, false, true, decimal.Parse(income, System.Globalization.CultureInfo.InvariantCulture), LabourClaimKind.SocialInsuranceBenefits);

        Assert.Equal(eligible ? HardshipFinding.Meets : HardshipFinding.Exceeds, result.Hardship);
        Assert.Equal(eligible, result.Eligible);
        Assert.Contains(result.Reasons, r => r.Contains("江西省", StringComparison.Ordinal) && r.Contains("1500", StringComparison.Ordinal));
    }

    [Fact]
    public void A_matter_outside_article_31_is_not_covered_unless_the_province_adds_it()
    {
        var outside = Assess(Default, false, true, 800m, LabourClaimKind.CompensationAndOther);
        var added = new EligibilityPolicy { CoveredMatters = [.. Default.CoveredMatters, LabourClaimKind.CompensationAndOther] };

        Assert.False(outside.Eligible);
        Assert.Equal([LabourClaimKind.CompensationAndOther], outside.UncoveredClaims);
        Assert.True(Assess(added, false, true, 800m, LabourClaimKind.CompensationAndOther).Eligible);
    }

    [Fact]
    public void Another_province_sets_its_own_standard_and_may_drop_an_exemption()
    {
        var other = new EligibilityPolicy
        {
            Province = "某省",
            HardshipMonthlyIncomePerCapita = 1200m,
            Exemptions = [HardshipExemption.NoHardshipCondition],
            MigrantWorkerWaivedMatters = [LabourClaimKind.LabourRemuneration],
        };

        Assert.Equal(HardshipFinding.Exceeds, Assess(other, false, true, 1300m, LabourClaimKind.LabourRemuneration).Hardship);
        Assert.Equal(HardshipFinding.Unverified, Assess(other, true, true, null, LabourClaimKind.WorkInjury).Hardship);
        Assert.Equal(HardshipFinding.Unverified,
            EligibilityRules.Assess(other, false, HardshipExemption.AssistanceRecipient, true, null, [LabourClaimKind.LabourRemuneration]).Hardship);
        Assert.Equal(HardshipFinding.VerificationWaived,
            EligibilityRules.Assess(Default, false, HardshipExemption.AssistanceRecipient, true, null, [LabourClaimKind.LabourRemuneration]).Hardship);
    }

    [Fact]
    public void Article_32_cases_need_no_hardship_at_all()
    {
        var result = EligibilityRules.Assess(Default, false, HardshipExemption.NoHardshipCondition, false, 99_999m, [LabourClaimKind.LabourRemuneration]);

        Assert.Equal(HardshipFinding.NotRequired, result.Hardship);
        Assert.True(result.Eligible);
    }

    [Fact]
    public void Without_a_declared_income_hardship_is_still_to_be_verified()
    {
        var result = Assess(Default, false, true, null, LabourClaimKind.LabourRemuneration);

        Assert.Equal(HardshipFinding.Unverified, result.Hardship);
        Assert.False(result.Eligible);
    }

    private static EligibilityAssessment Assess(EligibilityPolicy policy, bool migrant, bool stated, decimal? income, LabourClaimKind kind) =>
        EligibilityRules.Assess(policy, migrant, HardshipExemption.None, stated, income, [kind]);
}
