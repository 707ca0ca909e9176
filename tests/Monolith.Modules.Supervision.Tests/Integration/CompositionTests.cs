using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Deadlines;

namespace Monolith.Modules.Supervision.Tests.Integration;

public sealed class CompositionTests
{
    [Fact]
    public async Task The_nanchang_profile_loads_with_supervision_alone_and_none_of_its_overrides_applies()
    {
        await using var platform = await TestKit.PlatformAsync();

        var catalogue = platform.Services.GetRequiredService<DeadlineCatalogue>();

        Assert.Equal(
            ["arbitration.decide-acceptance", "arbitration.one-time-notice", "legalaid.review-application"],
            catalogue.UnusedOverrides);
        Assert.DoesNotContain(catalogue.Entries, e => e.Overridden);
        Assert.Equal(6, catalogue.Entries.Count);
    }
}
