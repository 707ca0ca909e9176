using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>Issues the next linkage number of a module, inside the command's transaction.</summary>
public sealed class LinkageNumberIssuer(DeploymentClock clock, IOptions<DeploymentOptions> deployment)
{
    public async Task<string> IssueAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencyCode = db.Module.LinkageCode
            ?? throw new InvalidOperationException($"Module {db.Module.Name} declares no linkage code, so it cannot issue linkage numbers.");
        var year = clock.Today.Year;

        // An UPDATE first takes the row lock (SQL Server, PostgreSQL) or the write lock (SQLite), so concurrent commands
        // serialise. The row exists from start-up (LinkageSequenceInitializer); the insert is for a service that ran
        // into a year it did not start in.
        var updated = await db.LinkageSequences
            .Where(s => s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1), cancellationToken);
        long number;
        if (updated == 0)
        {
            db.LinkageSequences.Add(new LinkageSequence { Year = year, LastNumber = 1 });
            await db.SaveChangesAsync(cancellationToken);
            number = 1;
        }
        else
        {
            number = await db.LinkageSequences.Where(s => s.Year == year).Select(s => s.LastNumber).SingleAsync(cancellationToken);
        }

        return LinkageNumber.Format(deployment.Value.DivisionCode, agencyCode, year, number);
    }
}
