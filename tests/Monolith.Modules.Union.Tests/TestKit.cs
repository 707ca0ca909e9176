using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Modules.Union.Tests;

/// <summary>Union composed alone, acting as a union officer; or beside a neighbour module, for what must stay Union's own.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    /// <summary>The neighbour's rule (tests/Fixtures/Monolith.Modules.Sample).</summary>
    public const string NeighbourRule = "sample.reply";

    public static Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang") => ComposeAsync([new UnionModule()], policyProfile);

    /// <summary>Union beside the Sample fixture module, which has deadlines of its own in its own tables.</summary>
    public static Task<PlatformFixture> PlatformWithNeighbourAsync() => ComposeAsync([new UnionModule(), new SampleModule()], "Nanchang");

    public static DeadlineSubject NeighbourMatter(int number) =>
        new("SampleMatter", Guid.NewGuid(), $"360100-YP-2026-{number:D6}", $"示例事项 360100-YP-2026-{number:D6}");

    private static async Task<PlatformFixture> ComposeAsync(IModule[] modules, string? policyProfile)
    {
        var platform = await PlatformFixture.CreateAsync(modules, policyProfile);
        platform.User.ActAs("union", UnionModule.Role);
        return platform;
    }
}
