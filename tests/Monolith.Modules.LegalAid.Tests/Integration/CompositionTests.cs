using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.LegalAid.Tests.Integration;

public sealed class CompositionTests
{
    [Fact]
    public async Task The_nanchang_profile_loads_without_arbitration_and_applies_only_the_legal_aid_override()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Equal(["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent"], catalogue.UnusedOverrides);
        Assert.Equal(["legalaid.review-application"], catalogue.Entries.Where(e => e.Overridden).Select(e => e.Statutory.Id));
        Assert.Equal(new Period(0, PeriodUnit.WorkingDays), catalogue.Effective("legalaid.review-application").Period);

        // 三(二) binds applications referred by the linkage agencies or platforms only.
        Assert.Equal([CaseTraits.Referred], catalogue.Entry("legalaid.review-application").Scope!.AppliesTo);
        Assert.Equal(new Period(7, PeriodUnit.CalendarDays), catalogue.Entry("legalaid.review-application").Statutory.Period);
    }
}
