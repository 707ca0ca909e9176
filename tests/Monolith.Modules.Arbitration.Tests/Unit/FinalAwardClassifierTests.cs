using Monolith.Modules.Arbitration.Domain;

namespace Monolith.Modules.Arbitration.Tests.Unit;

/// <summary>终局裁决 (调解仲裁法 第四十七条; 解释（一）第十九、二十条).</summary>
public sealed class FinalAwardClassifierTests
{
    [Theory]
    [InlineData(24_000.00, true)]
    [InlineData(24_000.01, false)]
    public void Each_money_item_is_final_up_to_twelve_months_of_the_minimum_wage(decimal amount, bool final)
    {
        var result = FinalAwardClassifier.Classify([new AwardedItem(1, ClaimType.UnpaidWages, amount)], 2000m);

        Assert.Equal(24_000m, result.Threshold);
        Assert.Equal(final, result.IsFinal);
    }

    [Fact]
    public void The_limit_applies_per_item_not_to_the_total()
    {
        var result = FinalAwardClassifier.Classify(
            [new AwardedItem(1, ClaimType.UnpaidWages, 20_000m), new AwardedItem(2, ClaimType.EconomicCompensation, 20_000m), new AwardedItem(3, ClaimType.OvertimePay, 9_000m)],
            2000m);

        Assert.True(result.IsFinal);
    }

    [Fact]
    public void The_minimum_wage_is_the_deployments()
    {
        var items = new[] { new AwardedItem(1, ClaimType.DoubleWagesWithoutContract, 28_000m) };

        Assert.False(FinalAwardClassifier.Classify(items, 2000m).IsFinal);
        Assert.True(FinalAwardClassifier.Classify(items, 2500m).IsFinal);
    }

    [Fact]
    public void Working_time_rest_and_social_insurance_disputes_are_final_whatever_the_amount()
    {
        var result = FinalAwardClassifier.Classify(
            [new AwardedItem(1, ClaimType.WorkingTime, null), new AwardedItem(2, ClaimType.RestAndLeave, null), new AwardedItem(3, ClaimType.SocialInsurance, 500_000m)], 2000m);

        Assert.True(result.IsFinal);
        Assert.All(result.Items, i => Assert.Contains("第四十七条第（二）项", i.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_mixed_award_is_not_final_and_says_why()
    {
        var result = FinalAwardClassifier.Classify(
            [new AwardedItem(1, ClaimType.UnpaidWages, 10_000m), new AwardedItem(2, ClaimType.LabourRelationConfirmation, null)], 2000m);

        Assert.False(result.IsFinal);
        Assert.True(result.Items[0].Final);
        Assert.False(result.Items[1].Final);
        Assert.Contains("第二十条", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dismissed_money_item_counts_as_nothing_awarded()
    {
        var result = FinalAwardClassifier.Classify([new AwardedItem(1, ClaimType.UnlawfulTerminationDamages, 0m)], 2000m);

        Assert.True(result.IsFinal);
    }

    [Theory]
    [InlineData((int)ClaimType.WorkInjuryBenefits)]
    [InlineData((int)ClaimType.Other)]
    [InlineData((int)ClaimType.LabourRelationConfirmation)]
    public void Other_matters_are_not_final(int type) =>
        Assert.False(FinalAwardClassifier.Classify([new AwardedItem(1, (ClaimType)type, 100m)], 2000m).IsFinal);
}
