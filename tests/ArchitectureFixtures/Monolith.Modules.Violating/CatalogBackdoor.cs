using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Violating;

/// <summary>VIOLATION (module isolation): opens another module's DbContext through the host's module catalog.</summary>
internal sealed class CatalogBackdoor(IServiceProvider services)
{
    public object LegalAidData() => services.GetRequiredService<ModuleCatalog>().DbContext(services, "LegalAid");
}
