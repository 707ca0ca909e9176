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
    public void The_profile_shortens_acceptance_to_the_same_working_day_and_the_notice_to_three_working_days_only()
    {
        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), catalogue.Effective(ArbitrationDeadlineRules.DecideAcceptance).Period);
        Assert.Equal(new Period(3, PeriodUnit.WorkingDays), catalogue.Effective(ArbitrationDeadlineRules.OneTimeNotice).Period);
        Assert.Equal("南昌市", catalogue.Effective(ArbitrationDeadlineRules.DecideAcceptance).Jurisdiction);
        Assert.Equal(
            [ArbitrationDeadlineRules.DecideAcceptance, ArbitrationDeadlineRules.OneTimeNotice],
            catalogue.Entries.Where(e => e.Overridden).Select(e => e.Statutory.Id).Order());
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
