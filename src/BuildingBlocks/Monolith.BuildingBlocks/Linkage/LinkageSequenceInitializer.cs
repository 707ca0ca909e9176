using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>
/// Makes each issuing module's counter rows for this year and the next at start-up, under the start-up lock, so that
/// issuing a number is an UPDATE of an existing row. Two commands racing to insert a year's first row would otherwise
/// collide on the key on a server database (SQLite's single writer serialises them anyway).
/// </summary>
internal sealed class LinkageSequenceInitializer(IServiceProvider services, ModuleCatalog modules, DeploymentClock clock) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        foreach (var module in modules.Modules.Where(m => m.Info.LinkageCode is not null))
        {
            var db = module.DbContext(services);
            var existing = await db.LinkageSequences.Where(s => s.Year >= year).Select(s => s.Year).ToListAsync(cancellationToken);
            foreach (var missing in new[] { year, year + 1 }.Except(existing))
            {
                db.LinkageSequences.Add(new LinkageSequence { Year = missing, LastNumber = 0 });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
