using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Arbitration;
using Monolith.Modules.Inspection;
using Monolith.Modules.LegalAid;
using Monolith.Modules.Mediation;
using Monolith.Modules.Platform;
using Monolith.Modules.Supervision;
using Monolith.Modules.Union;

namespace Monolith.Host;

/// <summary>
/// The modules this service is composed of. Adding a module means its two projects, the solution file, and one line
/// here: its roles, navigation, demo accounts and linkage-number code come from its own descriptor.
/// </summary>
internal static class ModuleList
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new PlatformModule(),
        new HostModule(),
        new InspectionModule(),
        new ArbitrationModule(),
        new UnionModule(),
        new LegalAidModule(),
        new MediationModule(),
        new SupervisionModule(),
    ];
}
