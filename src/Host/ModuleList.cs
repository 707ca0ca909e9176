using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Arbitration;
using Monolith.Modules.Inspection;
using Monolith.Modules.LegalAid;
using Monolith.Modules.Mediation;
using Monolith.Modules.Supervision;
using Monolith.Modules.Union;

namespace Monolith.Host;

/// <summary>The modules this service is composed of. Adding an agency module means adding it here, and nowhere else.</summary>
internal static class ModuleList
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new InspectionModule(),
        new ArbitrationModule(),
        new UnionModule(),
        new LegalAidModule(),
        new MediationModule(),
        new SupervisionModule(),
    ];
}
