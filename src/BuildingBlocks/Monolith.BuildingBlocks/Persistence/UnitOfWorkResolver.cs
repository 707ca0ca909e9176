using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Finds the DbContext whose transaction a command runs in: its module's, or for a shared command the module it names.
/// </summary>
internal sealed class UnitOfWorkResolver(ModuleCatalog modules)
{
    public DbContext For(object request, IServiceProvider services)
    {
        if (request is ITargetsModule targeted)
        {
            return modules.DbContext(services, targeted.ModuleName);
        }

        if (request is IModuleScopedRequest scoped)
        {
            return (DbContext)services.GetRequiredService(scoped.ModuleDbContextType);
        }

        var requestType = request.GetType();
        var owner = modules.FindOwner(requestType);
        if (owner is not null)
        {
            return (DbContext)services.GetRequiredService(owner.DbContextType);
        }

        throw new InvalidOperationException($"{requestType.FullName} belongs to no registered module.");
    }
}
