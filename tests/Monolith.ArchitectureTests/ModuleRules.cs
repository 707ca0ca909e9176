using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using ArchUnitNET.Fluent.Syntax.Elements.Types;
using Microsoft.AspNetCore.Mvc.Razor;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using ArchUnitNET.Domain.Extensions;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using Assembly = System.Reflection.Assembly;

namespace Monolith.ArchitectureTests;

/// <summary>
/// The architecture rules, each written once and parameterised by the assemblies it checks, so that the same rule runs
/// over the real modules (and must pass) and over tests/ArchitectureFixtures (and must fail).
/// Exemptions are by marker or base type (IModule, IRazorPage, compiler-generated), never by type name.
/// </summary>
internal static class ModuleRules
{
    /// <summary>A module's domain: <c>Monolith.Modules.&lt;M&gt;.Domain</c> and below.</summary>
    public const string DomainNamespace = @"^Monolith\.Modules\.[^.]+\.Domain(\..+)?$";

    /// <summary>Infrastructure the domain must not see.</summary>
    public const string InfrastructureNamespaces = @"^(Microsoft\.EntityFrameworkCore|MediatR|Hangfire|Microsoft\.AspNetCore)(\..+)?$";

    /// <summary>Rule 1: a module never depends on another module's assembly; only on other modules' .Contracts.</summary>
    public static IArchRule ModulesDependOnOtherModulesOnlyThroughContracts(IReadOnlyList<Assembly> modules)
    {
        if (modules.Count < 2)
        {
            throw new ArgumentException("Module isolation needs at least two modules to compare.", nameof(modules));
        }

        return AllOf(modules.Select(module =>
            TypesIn(module)
                .Should().NotDependOnAny(TypesIn(modules.Where(other => other != module)))
                .Because("modules talk to each other only through *.Contracts")));
    }

    /// <summary>
    /// Rule 1b: a module does not reach other modules' data through the platform's own plumbing: the shared requests
    /// that name their module by a string (<see cref="ITargetsModule"/>) are for the building blocks and the host. A
    /// module uses the module-scoped requests instead (<see cref="IModuleScopedRequest"/>), which only its own DbContext
    /// type can close. (The module catalog, which resolves any module's DbContext, is internal to the building blocks.)
    /// </summary>
    public static IArchRule ModulesDoNotReachOtherModulesThroughThePlatform(IReadOnlyList<Assembly> modules) =>
        TypesIn(modules)
            .Should().NotDependOnAny(Types().That().ImplementInterface(typeof(ITargetsModule)))
            .Because("requests addressed by module name would hand a module any other module's tables");

    /// <summary>
    /// Rule 1c: no public route hands out a DbContext: no public method or property of a public type, in any assembly of
    /// the solution, returns a DbContext. A module's DbContext is internal to it; the building blocks reach every
    /// module's through internal plumbing only.
    /// </summary>
    public static IArchRule NoPublicRouteToADbContext(IReadOnlyList<Assembly> assemblies) =>
        MethodMembers().That().AreDeclaredIn(TypesIn(assemblies).And().ArePublic()).And().ArePublic()
            .Should().FollowCustomCondition(
                method => new ConditionResult(method, !ReturnsDbContext(method), $"returns {method.ReturnType.FullName}"),
                "not return a DbContext")
            .Because("a public route to a DbContext would hand any caller a module's tables")
            .WithoutRequiringPositiveResults();

    /// <summary>
    /// Rule 2: a .Contracts assembly depends on nothing but itself, Monolith.BuildingBlocks.Contracts and the BCL
    /// (namespace System): not on the building blocks, a module, another module's contracts, EF Core, MediatR, ASP.NET
    /// Core or Hangfire.
    /// </summary>
    public static IArchRule ContractsDependOnlyOnSharedContracts(IReadOnlyList<Assembly> contracts, Assembly sharedContracts) =>
        AllOf(contracts.Select(assembly =>
            TypesIn(assembly)
                .Should().NotDependOnAny(Types(true).That()
                    .DoNotResideInAssembly(assembly, sharedContracts)
                    .And().DoNotResideInNamespaceOrBelow("System"))
                .Because("a module's public surface is its integration events, built only on the shared contracts")
                // Contracts assemblies that have no types yet are fine; ContractsAreChecked keeps the rule from being vacuous.
                .WithoutRequiringPositiveResults()));

    /// <summary>
    /// Rule 3: in a module assembly every type is internal, except the IModule implementation. Compiler-generated types
    /// and Razor-compiled pages/views (anything assignable to IRazorPage: Page, RazorPage, RazorPage&lt;T&gt;) are exempt.
    /// </summary>
    public static IArchRule ModuleTypesAreInternal(IReadOnlyList<Assembly> modules) =>
        TypesIn(modules)
            .And().AreNotAssignableTo(typeof(IModule))
            .And().AreNotAssignableTo(typeof(IRazorPage))
            .And().FollowCustomPredicate(type => !type.IsCompilerGenerated, "are not compiler-generated")
            .Should().NotBePublic()
            .Because("a module's only public type is its IModule implementation (style.md; ardalis/modulith)");

    /// <summary>Rule 4: a module's domain uses no EF Core, MediatR, Hangfire or ASP.NET Core type.</summary>
    public static IArchRule DomainUsesNoInfrastructure(IReadOnlyList<Assembly> modules) =>
        DomainTypesIn(modules)
            .Should().NotDependOnAny(Types(true).That().ResideInNamespaceMatching(InfrastructureNamespaces))
            .Because("the domain is plain C#; persistence, messaging, jobs and web live around it");

    /// <summary>Rule 5 (non-vacuity): at least one type of <paramref name="consumer"/> uses <paramref name="contracts"/>.</summary>
    public static IArchRule UsesContractsOf(Assembly consumer, Assembly contracts) =>
        TypesIn(consumer)
            .And().DependOnAny(TypesIn(contracts))
            .Should().Exist()
            .Because("otherwise the module-isolation rule could pass only because nothing crosses a module boundary");

    /// <summary>Rule 5 (non-vacuity): each module has exactly one public IModule implementation.</summary>
    public static IArchRule EachModuleHasExactlyOnePublicIModule(IReadOnlyList<Assembly> modules) =>
        AllOf(modules.Select(module =>
            TypesIn(module).And().AreAssignableTo(typeof(IModule)).And().ArePublic()
                .Should().FollowCustomCondition(ExactlyOnePerAssembly<IType>("public IModule implementation"))
                .Because("the host composes a module through its one IModule")));

    /// <summary>Rule 5 (non-vacuity): the module has at least one type in its Domain namespace, so rule 4 checks something.</summary>
    public static IArchRule HasDomainTypes(Assembly module) =>
        DomainTypesIn([module]).Should().Exist()
            .Because("the domain rule must check at least one type");

    /// <summary>Every class deriving from ModuleDbContext lives in a module assembly.</summary>
    public static IArchRule ModuleDbContextsLiveInModules(IReadOnlyList<Assembly> searched, IReadOnlyList<Assembly> modules) =>
        Classes().That().ResideInAssembly(searched[0], [.. searched.Skip(1)])
            .And().AreAssignableTo(typeof(ModuleDbContext)).And().AreNot(typeof(ModuleDbContext))
            .Should().ResideInAssembly(modules[0], [.. modules.Skip(1)])
            .Because("each module owns its schema through its own DbContext");

    /// <summary>Each module assembly holds exactly one concrete ModuleDbContext.</summary>
    public static IArchRule EachModuleHasExactlyOneDbContext(IReadOnlyList<Assembly> modules) =>
        AllOf(modules.Select(module =>
            Classes().That().ResideInAssembly(module)
                .And().AreAssignableTo(typeof(ModuleDbContext)).And().AreNotAbstract()
                .Should().FollowCustomCondition(ExactlyOnePerAssembly<Class>("ModuleDbContext"))
                .Because("one DbContext per module, with its own schema and migrations")));

    private static bool ReturnsDbContext(ArchUnitNET.Domain.MethodMember method) =>
        method.ReturnType is Class returned
        && (returned.FullName == typeof(Microsoft.EntityFrameworkCore.DbContext).FullName
            || returned.InheritedClasses.Any(t => t.FullName == typeof(Microsoft.EntityFrameworkCore.DbContext).FullName));

    private static GivenTypesConjunction TypesIn(Assembly assembly) => Types().That().ResideInAssembly(assembly);

    private static GivenTypesConjunction TypesIn(IEnumerable<Assembly> assemblies)
    {
        Assembly[] all = [.. assemblies];
        return Types().That().ResideInAssembly(all[0], all[1..]);
    }

    private static GivenTypesConjunction DomainTypesIn(IReadOnlyList<Assembly> modules) =>
        TypesIn(modules).And().ResideInNamespaceMatching(DomainNamespace);

    private static IArchRule AllOf(IEnumerable<IArchRule> rules) => rules.Aggregate((all, next) => all.And(next));

    /// <summary>Passes when the rule's objects are exactly one; otherwise fails on each of them, naming how many there are.</summary>
    private static EnumerableCondition<T> ExactlyOnePerAssembly<T>(string what)
        where T : IType =>
        new(
            objects =>
            {
                T[] found = [.. objects];
                return found.Select(type => new ConditionResult(
                    type,
                    found.Length == 1,
                    $"is one of {found.Length} {what} types in {type.Assembly.Name}: {string.Join(", ", found.Select(f => f.FullName))}"));
            },
            $"be the only {what} in its assembly");
}
