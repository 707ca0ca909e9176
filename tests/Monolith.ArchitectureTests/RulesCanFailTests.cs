using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using Microsoft.AspNetCore.Mvc.Razor;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.LegalAid;
using Monolith.Modules.Violating;
using Monolith.Modules.Violating.Contracts;
using Monolith.Modules.Violating.Pages;
using Xunit.Abstractions;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Monolith.ArchitectureTests;

/// <summary>
/// A rule that cannot fail is worthless (style.md): each rule runs over the deliberately broken fixture in
/// tests/ArchitectureFixtures and must fail, naming the offending type and not the legitimate ones next to it.
/// </summary>
public sealed class RulesCanFailTests(ITestOutputHelper output)
{
    // Internal fixture types cannot be named with typeof from here.
    private const string ForgottenDeadline = "Monolith.Modules.Violating.ForgottenDeadline";
    private const string LegalAidBackdoor = "Monolith.Modules.Violating.LegalAidBackdoor";
    private const string ModuleNameBackdoor = "Monolith.Modules.Violating.ModuleNameBackdoor";
    private const string LeakyCase = "Monolith.Modules.Violating.Domain.LeakyCase";
    private const string PureCase = "Monolith.Modules.Violating.Domain.PureCase";
    private const string SecondViolatingDbContext = "Monolith.Modules.Violating.Persistence.SecondViolatingDbContext";
    private const string ViolatingDbContext = "Monolith.Modules.Violating.Persistence.ViolatingDbContext";

    private static readonly Subject Fixture = Subjects.Fixture;

    [Fact]
    public void Module_isolation_fails_on_a_module_using_another_modules_implementation()
    {
        var message = AssertFails(ModuleRules.ModulesDependOnOtherModulesOnlyThroughContracts(Fixture.Modules));

        Assert.Contains(LegalAidBackdoor, message, StringComparison.Ordinal);
        Assert.Contains(typeof(LegalAidModule).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_route_rule_fails_on_a_public_method_handing_out_a_DbContext()
    {
        var message = AssertFails(ModuleRules.NoPublicRouteToADbContext(Fixture.Assemblies));

        Assert.Contains(typeof(CatalogBackdoor).FullName!, message, StringComparison.Ordinal);
        Assert.Contains("DbContextOf", message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ViolatingModule).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Platform_rule_fails_on_a_module_sending_a_request_addressed_to_another_module_by_name()
    {
        var message = AssertFails(ModuleRules.ModulesDoNotReachOtherModulesThroughThePlatform(Fixture.Modules));

        Assert.Contains(ModuleNameBackdoor, message, StringComparison.Ordinal);
        Assert.Contains(typeof(RecomputeDeadlineCommand).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contracts_rule_fails_on_contracts_using_the_building_blocks()
    {
        var message = AssertFails(ModuleRules.ContractsDependOnlyOnSharedContracts(Fixture.Contracts, Subjects.SharedContracts));

        Assert.Contains(typeof(MisplacedDbContext).FullName!, message, StringComparison.Ordinal);
        Assert.Contains("Monolith.BuildingBlocks.Persistence.ModuleDbContext", message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ViolatingCaseOpenedIntegrationEvent).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_rule_fails_on_a_second_public_type_and_exempts_IModule_and_Razor_pages()
    {
        var message = AssertFails(ModuleRules.ModuleTypesAreInternal(Fixture.Modules));

        Assert.Contains(typeof(LeakedPublicService).FullName!, message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(ViolatingModule).FullName!, message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(PublicRazorPage).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Razor_page_exemption_is_by_base_type_and_sees_the_fixture_page()
    {
        // The page is public and visible to ArchUnitNET, so the internal rule skips it because of its base type, and
        // not because ArchUnitNET could not see it or could not resolve Page up to IRazorPage.
        var pages = Types().That().ResideInAssembly(Subjects.Violating).And().AreAssignableTo(typeof(IRazorPage))
            .GetObjects(Fixture.Architecture).ToList();

        var page = Assert.Single(pages);
        Assert.Equal(typeof(PublicRazorPage).FullName, page.FullName);
        Assert.Equal(Visibility.Public, page.Visibility);
    }

    [Fact]
    public void Domain_rule_fails_on_a_domain_type_using_EF_Core_and_MediatR()
    {
        var message = AssertFails(ModuleRules.DomainUsesNoInfrastructure(Fixture.Modules));

        Assert.Contains(LeakyCase, message, StringComparison.Ordinal);
        Assert.Contains("Microsoft.EntityFrameworkCore.DbContext", message, StringComparison.Ordinal);
        Assert.Contains("MediatR.IMediator", message, StringComparison.Ordinal);
        Assert.DoesNotContain(PureCase, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contracts_usage_check_fails_on_a_module_that_does_not_use_those_contracts()
    {
        var message = AssertFails(ModuleRules.UsesContractsOf(Subjects.Violating, Subjects.LegalAidContracts));

        Assert.Contains("Monolith.Modules.LegalAid.Contracts", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_one_IModule_check_fails_on_a_second_public_IModule()
    {
        var message = AssertFails(ModuleRules.EachModuleHasExactlyOnePublicIModule(Fixture.Modules));

        Assert.Contains(typeof(ShadowModule).FullName!, message, StringComparison.Ordinal);
        Assert.Contains(typeof(ViolatingModule).FullName!, message, StringComparison.Ordinal);
        Assert.DoesNotContain(typeof(LegalAidModule).FullName!, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domain_types_check_fails_on_an_assembly_without_domain_types()
    {
        var message = AssertFails(ModuleRules.HasDomainTypes(Subjects.ViolatingContracts));

        Assert.Contains("Monolith.Modules.Violating.Contracts", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DbContext_placement_fails_on_a_DbContext_outside_a_module_assembly()
    {
        var message = AssertFails(ModuleRules.ModuleDbContextsLiveInModules(Fixture.Assemblies, Fixture.Modules));

        Assert.Contains(typeof(MisplacedDbContext).FullName!, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Monolith.Modules.Violating.Persistence", message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_DbContext_per_module_fails_on_a_module_with_two()
    {
        var message = AssertFails(ModuleRules.EachModuleHasExactlyOneDbContext(Fixture.Modules));

        Assert.Contains(SecondViolatingDbContext, message, StringComparison.Ordinal);
        Assert.Contains(ViolatingDbContext, message, StringComparison.Ordinal);
        Assert.DoesNotContain("LegalAidDbContext", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_rule_fails_on_a_module_starting_a_deadline_it_never_completes_or_cancels()
    {
        var violations = DeadlineUsage.StartedButNeverEnded(Subjects.Violating);
        output.WriteLine(string.Join(Environment.NewLine, violations));

        var violation = Assert.Single(violations);
        Assert.Contains("violating.never-ended", violation, StringComparison.Ordinal);
        Assert.Contains(ForgottenDeadline, violation, StringComparison.Ordinal);

        // The deadline the fixture does complete is seen, and is no violation.
        var (started, ended) = DeadlineUsage.Calls(Subjects.Violating);
        Assert.Contains(started, s => s.RuleId == "violating.ended");
        Assert.Contains("violating.ended", ended);
    }

    private string AssertFails(IArchRule rule)
    {
        Assert.False(rule.HasNoViolations(Fixture.Architecture));
        var failure = Assert.Throws<FailedArchRuleException>(() => rule.Check(Fixture.Architecture));
        output.WriteLine(failure.Message);
        return failure.Message;
    }
}
