using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Arbitration;
using Monolith.Modules.Inspection;
using Monolith.Modules.LegalAid;
using Monolith.Modules.Mediation;
using Monolith.Modules.Platform;
using Monolith.Modules.Supervision;
using Monolith.Modules.Union;
using Monolith.Modules.Violating;
using Monolith.Modules.Violating.Contracts;
using Assembly = System.Reflection.Assembly;

namespace Monolith.ArchitectureTests;

/// <summary>What a rule runs over: an architecture, and which of its assemblies are modules and which are Contracts.</summary>
internal sealed class Subject
{
    private readonly Lazy<Architecture> architecture;

    public Subject(IReadOnlyList<Assembly> modules, IReadOnlyList<Assembly> contracts, IReadOnlyList<Assembly> others)
    {
        Modules = modules;
        Contracts = contracts;
        Assemblies = [.. modules, .. contracts, .. others];
        architecture = new Lazy<Architecture>(() => new ArchLoader()
            .LoadAssemblies([.. Assemblies, .. Subjects.RazorPageHierarchy])
            .Build());
    }

    /// <summary>Module (implementation) assemblies, e.g. Monolith.Modules.Arbitration.</summary>
    public IReadOnlyList<Assembly> Modules { get; }

    /// <summary>The modules' .Contracts assemblies.</summary>
    public IReadOnlyList<Assembly> Contracts { get; }

    /// <summary>Every assembly of the subject, shared ones included (not the framework ones loaded for type hierarchies).</summary>
    public IReadOnlyList<Assembly> Assemblies { get; }

    public Architecture Architecture => architecture.Value;
}

internal static class Subjects
{
    public static Assembly BuildingBlocks { get; } = typeof(IModule).Assembly;

    public static Assembly SharedContracts { get; } = typeof(IntegrationEvent).Assembly;

    public static Assembly Arbitration { get; } = typeof(ArbitrationModule).Assembly;

    public static Assembly LegalAid { get; } = typeof(LegalAidModule).Assembly;

    public static Assembly LegalAidContracts { get; } = ContractsOf(LegalAid);

    public static Assembly Violating { get; } = typeof(ViolatingModule).Assembly;

    public static Assembly ViolatingContracts { get; } = typeof(ViolatingCaseOpenedIntegrationEvent).Assembly;

    /// <summary>
    /// Framework assemblies loaded alongside the subject so that IRazorPage (the Razor-page exemption's marker) is in
    /// the architecture even while no module has a page yet: ArchUnitNET's AreNotAssignableTo(typeof(IRazorPage))
    /// throws TypeDoesNotExistInArchitecture for a type that nothing loaded mentions.
    /// </summary>
    public static IReadOnlyList<Assembly> RazorPageHierarchy { get; } = [typeof(IRazorPage).Assembly, typeof(PageBase).Assembly];

    public static Assembly Host { get; } = typeof(Program).Assembly;

    /// <summary>The platform module and the six agency modules, as the host composes them.</summary>
    public static IReadOnlyList<Assembly> RealModules { get; } =
    [
        typeof(PlatformModule).Assembly,
        typeof(InspectionModule).Assembly,
        Arbitration,
        typeof(UnionModule).Assembly,
        LegalAid,
        typeof(MediationModule).Assembly,
        typeof(SupervisionModule).Assembly,
    ];

    /// <summary>The real solution: the modules, their Contracts, the two shared assemblies and the host.</summary>
    public static Subject Real { get; } = new(RealModules, [.. RealModules.Select(ContractsOf)], [BuildingBlocks, SharedContracts, Host]);

    /// <summary>
    /// The deliberately broken fixture (tests/ArchitectureFixtures), with the LegalAid module it wrongly depends on
    /// treated as a module too, so that module-to-module rules have something to catch.
    /// </summary>
    public static Subject Fixture { get; } = new(
        [Violating, LegalAid],
        [ViolatingContracts, LegalAidContracts],
        [BuildingBlocks, SharedContracts]);

    /// <summary>
    /// Some Contracts assemblies are still empty, so no type can name them: load them by name (they are project
    /// references of this test project, hence in its deps.json).
    /// </summary>
    private static Assembly ContractsOf(Assembly module) => Assembly.Load(module.GetName().Name + ".Contracts");
}
