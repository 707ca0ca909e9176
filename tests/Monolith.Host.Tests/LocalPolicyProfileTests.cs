using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// The shipped Nanchang profile as the service applies it to all its modules (deadlines.md §7, §10.8), and the
/// start-up check that a deployment applies only its own city's policy.
/// </summary>
public sealed class LocalPolicyProfileTests
{
    [Fact]
    public async Task The_shipped_nanchang_profile_shortens_its_four_duties_for_the_cases_its_provisions_name_only()
    {
        await using var host = new HostFactory();
        await host.InitializeAsync();
        var catalogue = host.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Contains(Api.NanchangPolicy, catalogue.ProfileName, StringComparison.Ordinal);
        Assert.Empty(catalogue.UnusedOverrides);
        var overridden = catalogue.Entries.Where(e => e.Overridden).ToDictionary(e => e.Statutory.Id);
        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent", "legalaid.review-application"],
            overridden.Keys.Order(StringComparer.Ordinal));

        // 三(二): same-day review of applications referred by the linkage agencies or platforms.
        var review = overridden["legalaid.review-application"];
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), review.Effective.Period);
        Assert.Equal([CaseTraits.Referred], review.Scope!.AppliesTo);
        Assert.Null(review.Scope.Outcome);

        // 三(五): same-day filing of linkage cases that meet the filing conditions; a refusal keeps the statute's period.
        var acceptance = overridden["arbitration.decide-acceptance"];
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), acceptance.Effective.Period);
        Assert.Equal([CaseTraits.Linkage], acceptance.Scope!.AppliesTo);
        Assert.Equal("accepted", acceptance.Scope.Outcome);
        Assert.Equal("受理", acceptance.Statutory.Outcomes["accepted"]);

        // 三(五): 3 working days for the one-time notice of 答辩 (the application copy, 第三十条) and of the tribunal (第三十二条).
        foreach (var notice in new[] { overridden["arbitration.serve-respondent"], overridden["arbitration.one-time-notice"] })
        {
            Assert.Equal(new Period(3, PeriodUnit.WorkingDays), notice.Effective.Period);
            Assert.Equal([CaseTraits.Linkage], notice.Scope!.AppliesTo);
            Assert.Contains("3个工作日内", notice.OverrideBasis, StringComparison.Ordinal);
        }

        Assert.Contains("《劳动争议调解仲裁法》第三十条第一款", overridden["arbitration.serve-respondent"].Effective.LegalBasis, StringComparison.Ordinal);
        Assert.All(overridden.Values, e => Assert.Equal(DutyHolder.OwnAgency, e.Statutory.Holder));
    }

    [Fact]
    public void A_profile_for_another_city_than_the_deployments_stops_the_service_at_start_up_with_a_chinese_message()
    {
        using var host = new HostFactory();
        host.Settings["Deployment:CityName"] = "九江市";

        var error = Assert.ThrowsAny<Exception>(() => host.Server);

        var invalid = Assert.IsType<InvalidOperationException>(Innermost(error));
        Assert.StartsWith("期限规则配置无效", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("适用于南昌市", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("本部署所在城市为九江市", invalid.Message, StringComparison.Ordinal);
    }

    private static Exception Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return error is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : error;
    }
}
