using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// A module as registered in the container: its info, the DbContext that is its unit of work, and the rule that says
/// which types (commands, handlers, rules) belong to it. By default a module owns the types of its own assembly.
/// </summary>
internal sealed class ModuleRegistration
{
    private readonly Func<Type, bool> owns;

    public ModuleRegistration(ModuleInfo info, Type dbContextType, Assembly assembly, Func<Type, bool>? owns = null)
    {
        Info = info;
        DbContextType = dbContextType;
        Assembly = assembly;
        this.owns = owns ?? (t => t.Assembly == assembly);
    }

    public ModuleInfo Info { get; }

    public Type DbContextType { get; }

    public Assembly Assembly { get; }

    public bool Owns(Type type) => owns(type);

    public ModuleDbContext DbContext(IServiceProvider services) => (ModuleDbContext)services.GetRequiredService(DbContextType);

    public IEnumerable<Type> OwnedTypes() =>
        Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && Owns(t));
}
