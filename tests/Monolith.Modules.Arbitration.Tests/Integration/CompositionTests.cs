using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>Arbitration composed alone under the city's shipped profile, which also names LegalAid's review deadline.</summary>
public sealed class CompositionTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public void The_nanchang_profile_loads_without_legal_aid_and_reports_its_override_as_unused()
    {
        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Contains(TestKit.NanchangPolicy, catalogue.ProfileName, StringComparison.Ordinal);
        Assert.Equal(["legalaid.review-application"], catalogue.UnusedOverrides);
        Assert.Equal(new ArbitrationDeadlineRules().Rules.Select(r => r.Id).Order(), catalogue.Entries.Select(e => e.Statutory.Id).Order());
    }

    [Fact]
    public void The_profile_shortens_the_filing_of_accepted_linkage_cases_and_both_notices_of_linkage_cases_only()
    {
        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        var acceptance = catalogue.Entry(ArbitrationDeadlineRules.DecideAcceptance);
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), acceptance.Effective.Period);
        Assert.Equal("南昌市", acceptance.Effective.Jurisdiction);
        Assert.Equal([CaseTraits.Linkage], acceptance.Scope!.AppliesTo);
        Assert.Equal(ArbitrationDeadlineRules.Accepted, acceptance.Scope.Outcome);

        // 三(五): the one-time notice of 答辩 (serving the application copy, 第三十条) and of the tribunal (第三十二条).
        foreach (var ruleId in new[] { ArbitrationDeadlineRules.ServeRespondent, ArbitrationDeadlineRules.OneTimeNotice })
        {
            var notice = catalogue.Entry(ruleId);
            Assert.Equal(new Period(3, PeriodUnit.WorkingDays), notice.Effective.Period);
            Assert.Equal([CaseTraits.Linkage], notice.Scope!.AppliesTo);
            Assert.Null(notice.Scope.Outcome);
        }

        Assert.Equal(
            [ArbitrationDeadlineRules.DecideAcceptance, ArbitrationDeadlineRules.OneTimeNotice, ArbitrationDeadlineRules.ServeRespondent],
            catalogue.Entries.Where(e => e.Overridden).Select(e => e.Statutory.Id).Order(StringComparer.Ordinal));
        Assert.Equal(new Period(45, PeriodUnit.CalendarDays), catalogue.Effective(ArbitrationDeadlineRules.Award).Period);
    }

    [Fact]
    public async Task Without_a_profile_every_rule_is_statutory_and_nothing_is_unused()
    {
        await using var statute = await TestKit.PlatformAsync(policyProfile: null);
        var catalogue = statute.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Equal(DeadlineCatalogue.StatutoryProfile, catalogue.ProfileName);
        Assert.Empty(catalogue.UnusedOverrides);
        Assert.DoesNotContain(catalogue.Entries, e => e.Overridden);
    }
}
