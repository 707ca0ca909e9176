using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Monolith.ArchitectureTests;

/// <summary>The rules over the real solution: the modules, their Contracts, the shared assemblies and the host. All must pass.</summary>
public sealed class ModuleRulesTests
{
    private static readonly Subject Real = Subjects.Real;

    [Fact]
    public void Modules_depend_on_other_modules_only_through_contracts() =>
        ModuleRules.ModulesDependOnOtherModulesOnlyThroughContracts(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Modules_do_not_reach_other_modules_data_through_the_platform() =>
        ModuleRules.ModulesDoNotReachOtherModulesThroughThePlatform(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void No_public_route_hands_out_a_DbContext() =>
        ModuleRules.NoPublicRouteToADbContext(Real.Assemblies).Check(Real.Architecture);

    [Fact]
    public void Contracts_depend_only_on_the_shared_contracts_and_the_BCL()
    {
        Assert.NotEmpty(Types().That().ResideInAssembly(Real.Contracts[0], [.. Real.Contracts.Skip(1)]).GetObjects(Real.Architecture));
        ModuleRules.ContractsDependOnlyOnSharedContracts(Real.Contracts, Subjects.SharedContracts).Check(Real.Architecture);
    }

    [Fact]
    public void Module_types_are_internal_except_the_IModule_implementation() =>
        ModuleRules.ModuleTypesAreInternal(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Domain_types_use_no_EF_Core_MediatR_Hangfire_or_ASP_NET_Core() =>
        ModuleRules.DomainUsesNoInfrastructure(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Arbitration_does_use_the_LegalAid_contracts() =>
        ModuleRules.UsesContractsOf(Subjects.Arbitration, Subjects.LegalAidContracts).Check(Real.Architecture);

    [Fact]
    public void Each_module_has_exactly_one_public_IModule_implementation() =>
        ModuleRules.EachModuleHasExactlyOnePublicIModule(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Arbitration_has_domain_types_for_the_domain_rule_to_check() =>
        ModuleRules.HasDomainTypes(Subjects.Arbitration).Check(Real.Architecture);

    [Fact]
    public void Every_module_DbContext_lives_in_a_module_assembly() =>
        ModuleRules.ModuleDbContextsLiveInModules(Real.Assemblies, Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Each_module_has_exactly_one_DbContext() =>
        ModuleRules.EachModuleHasExactlyOneDbContext(Real.Modules).Check(Real.Architecture);

    [Fact]
    public void Every_deadline_a_module_starts_is_completed_or_cancelled_by_that_module()
    {
        Assert.All(Real.Modules, module => Assert.Empty(DeadlineUsage.StartedButNeverEnded(module)));

        // Not vacuous: the IL scan sees the deadlines Arbitration and LegalAid start and end.
        var (started, ended) = DeadlineUsage.Calls(Subjects.Arbitration);
        string[] known = ["arbitration.decide-acceptance", "arbitration.one-time-notice"];
        Assert.Subset(started.Select(s => s.RuleId).ToHashSet(StringComparer.Ordinal), known.ToHashSet(StringComparer.Ordinal));
        Assert.Subset(ended.ToHashSet(StringComparer.Ordinal), known.ToHashSet(StringComparer.Ordinal));
        Assert.Contains(DeadlineUsage.Calls(Subjects.LegalAid).Started, s => s.RuleId == "legalaid.review-application");
    }
}

/// <summary>The building blocks name no agency (<see cref="SharedCodeNamesNoAgency"/>), and the check can fail.</summary>
public sealed class SharedCodeNamesNoAgencyTests
{
    private static readonly IReadOnlyList<string> Terms = SharedCodeNamesNoAgency.AgencyTerms(
    [
        Monolith.Modules.Platform.PlatformModule.Descriptor,
        Monolith.Modules.Inspection.InspectionModule.Descriptor,
        Monolith.Modules.Arbitration.ArbitrationModule.Descriptor,
        Monolith.Modules.Union.UnionModule.Descriptor,
        Monolith.Modules.LegalAid.LegalAidModule.Descriptor,
        Monolith.Modules.Mediation.MediationModule.Descriptor,
        Monolith.Modules.Supervision.SupervisionModule.Descriptor,
    ]);

    [Fact]
    public void The_terms_are_taken_from_every_agency_modules_descriptor()
    {
        Assert.Contains("Arbitration", Terms);
        Assert.Contains("劳动人事争议仲裁院", Terms);
        Assert.Contains("LegalAidReviewer", Terms);
        Assert.Contains("-ZC-", Terms);
        Assert.DoesNotContain("Administrator", Terms); // the platform's own role is the building blocks' to know
    }

    [Fact]
    public void The_building_blocks_and_the_shared_contracts_mention_no_agency()
    {
        Assert.Empty(SharedCodeNamesNoAgency.Mentions(Subjects.BuildingBlocks, Terms));
        Assert.Empty(SharedCodeNamesNoAgency.Mentions(Subjects.SharedContracts, Terms));
    }

    [Fact]
    public void The_check_fails_on_an_assembly_that_names_an_agency()
    {
        var mentions = SharedCodeNamesNoAgency.Mentions(Subjects.Violating, Terms);

        Assert.Contains(mentions, m => m.Contains("Monolith.Modules.Violating.LegalAidBackdoor", StringComparison.Ordinal) && m.Contains("\"LegalAid\"", StringComparison.Ordinal));
    }
}
