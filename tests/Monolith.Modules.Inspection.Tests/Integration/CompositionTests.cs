using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Inspection.Tests.Integration;

public sealed class CompositionTests
{
    [Fact]
    public async Task Inspection_alone_contributes_its_seven_statutory_rules_and_two_configured_ones_and_the_nanchang_profile_touches_none_of_them()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        var entries = catalogue.EntriesOf("Inspection").ToList();
        Assert.Equal(9, entries.Count);
        Assert.Contains(entries, e => e.Statutory.Id == InspectionServiceRules.AnswerEvidenceRequest);
        Assert.Contains(entries, e => e.Statutory.Id == InspectionServiceRules.LeadFeedback);
        Assert.All(entries, e => Assert.False(e.Overridden, e.Statutory.Id));
        Assert.Equal(entries.Count, catalogue.Entries.Count);
        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent", "legalaid.review-application"],
            catalogue.UnusedOverrides);
    }

    [Fact]
    public async Task The_platform_knows_the_inspection_officer_by_its_chinese_name()
    {
        await using var platform = await TestKit.PlatformAsync();

        var directory = platform.Services.GetRequiredService<ModuleDirectory>();

        Assert.True(directory.IsRole(InspectionModule.Role));
        Assert.Equal("劳动保障监察员", directory.RoleDisplayName(InspectionModule.Role));
        Assert.Equal("Inspection", directory.ModuleOfRole(InspectionModule.Role)?.Name);
    }
}
