using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Violating;

/// <summary>
/// VIOLATION (no public route to a DbContext): a public type whose public method hands out a module's DbContext to
/// whoever asks. The module catalog of the building blocks used to be such a route; it is internal now.
/// </summary>
public static class CatalogBackdoor
{
    public static ModuleDbContext DbContextOf(IServiceProvider services, Type contextType) => (ModuleDbContext)services.GetRequiredService(contextType);
}
