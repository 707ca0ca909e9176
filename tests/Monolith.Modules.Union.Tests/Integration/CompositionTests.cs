using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Tests.Integration;

/// <summary>
/// Union has no deadline rules yet (deadlines.md §3: the national reply periods of the "一函两书" are unverified): it
/// composes, its officer is known, and its deadline list answers, empty.
/// </summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task Union_alone_composes_with_no_rules_of_its_own()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Empty(catalogue.EntriesOf("Union"));
        Assert.Empty(catalogue.Entries);
        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "arbitration.serve-respondent", "legalaid.review-application"],
            catalogue.UnusedOverrides);
    }

    [Fact]
    public async Task The_platform_knows_the_union_officer_by_its_chinese_name()
    {
        await using var platform = await TestKit.PlatformAsync();

        var directory = platform.Services.GetRequiredService<ModuleDirectory>();

        Assert.True(directory.IsRole(UnionModule.Role));
        Assert.Equal("工会维权工作人员", directory.RoleDisplayName(UnionModule.Role));
        Assert.Equal("Union", directory.ModuleOfRole(UnionModule.Role)?.Name);
    }

    [Fact]
    public async Task The_deadline_list_answers_from_unions_own_tables_and_shows_no_other_modules_deadlines()
    {
        await using var platform = await TestKit.PlatformWithNeighbourAsync();
        await platform.StartDeadlineAsync(TestKit.NeighbourRule, TestKit.NeighbourMatter(1));

        Assert.Empty(await platform.DeadlinesAsync<UnionDbContext>(DeadlineFilter.All));
    }
}
