using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// The registered modules with their DbContexts: what the building blocks need to relay, deliver and schedule for every
/// module. Internal: no module, and no code outside the building blocks, can reach another module's data through it.
/// </summary>
internal sealed class ModuleCatalog(IEnumerable<ModuleRegistration> registrations)
{
    public IReadOnlyList<ModuleRegistration> Modules { get; } = registrations.ToList();

    public ModuleRegistration Get(string moduleName) =>
        Modules.SingleOrDefault(m => m.Info.Name == moduleName)
        ?? throw new InvalidOperationException($"No module named '{moduleName}' is registered.");

    public ModuleRegistration? FindOwner(Type type) => Modules.FirstOrDefault(m => m.Owns(type));

    public ModuleDbContext DbContext(IServiceProvider services, string moduleName) => Get(moduleName).DbContext(services);
}
