using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Mediation.Tests.Integration;

public sealed class CompositionTests
{
    [Fact]
    public async Task Mediation_alone_contributes_its_twelve_rules_and_the_nanchang_profile_touches_none_of_them()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        var entries = catalogue.EntriesOf("Mediation").ToList();
        Assert.Equal(12, entries.Count);
        Assert.All(entries, e => Assert.False(e.Overridden, e.Statutory.Id));
        Assert.Equal(entries.Count, catalogue.Entries.Count);
        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent", "legalaid.review-application"],
            catalogue.UnusedOverrides);
    }

    [Fact]
    public async Task The_platform_knows_the_mediator_by_its_chinese_name()
    {
        await using var platform = await TestKit.PlatformAsync();

        var directory = platform.Services.GetRequiredService<ModuleDirectory>();

        Assert.True(directory.IsRole(MediationModule.Role));
        Assert.Equal("调解员", directory.RoleDisplayName(MediationModule.Role));
        Assert.Equal("Mediation", directory.ModuleOfRole(MediationModule.Role)?.Name);
    }
}
