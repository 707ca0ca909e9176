using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>The registered modules, and the way to the DbContext that owns a given type or module.</summary>
public sealed class ModuleCatalog(IEnumerable<ModuleRegistration> registrations)
{
    public IReadOnlyList<ModuleRegistration> Modules { get; } = registrations.ToList();

    public ModuleRegistration Get(string moduleName) =>
        Modules.SingleOrDefault(m => m.Info.Name == moduleName)
        ?? throw new InvalidOperationException($"No module named '{moduleName}' is registered.");

    public ModuleRegistration? FindOwner(Type type) => Modules.FirstOrDefault(m => m.Owns(type));

    public ModuleDbContext DbContext(IServiceProvider services, string moduleName) =>
        (ModuleDbContext)services.GetRequiredService(Get(moduleName).DbContextType);
}
