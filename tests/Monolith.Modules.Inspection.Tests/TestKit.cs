using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Modules.Inspection.Tests;

/// <summary>Inspection composed alone, acting as an inspection officer; or beside a neighbour module, for what must stay Inspection's own.</summary>
internal static class TestKit
{
    /// <summary>Mon 2026-03-02 09:00 +08:00, the fixture's default start.</summary>
    public static readonly DateTimeOffset Monday = PlatformFixture.DefaultStart;

    /// <summary>The neighbour's rule (tests/Fixtures/Monolith.Modules.Sample).</summary>
    public const string NeighbourRule = "sample.reply";

    public static Task<PlatformFixture> PlatformAsync(string? policyProfile = "Nanchang") => ComposeAsync([new InspectionModule()], policyProfile);

    /// <summary>Inspection beside the Sample fixture module, which has deadlines of its own in its own tables.</summary>
    public static Task<PlatformFixture> PlatformWithNeighbourAsync() => ComposeAsync([new InspectionModule(), new SampleModule()], "Nanchang");

    /// <summary>What a complaint's deadlines are about, as Inspection's commands will describe it (no personal data).</summary>
    public static DeadlineSubject Complaint(int number) =>
        new("Complaint", Guid.NewGuid(), $"360100-JC-2026-{number:D6}", $"劳动保障监察投诉 360100-JC-2026-{number:D6}");

    public static DeadlineSubject NeighbourMatter(int number) =>
        new("SampleMatter", Guid.NewGuid(), $"360100-YP-2026-{number:D6}", $"示例事项 360100-YP-2026-{number:D6}");

    private static async Task<PlatformFixture> ComposeAsync(IModule[] modules, string? policyProfile)
    {
        var platform = await PlatformFixture.CreateAsync(modules, policyProfile);
        platform.User.ActAs("inspection", InspectionModule.Role);
        return platform;
    }
}
