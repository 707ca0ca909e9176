using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Time;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>Issues the next linkage number of a module, inside the command's transaction.</summary>
public sealed class LinkageNumberIssuer(DeploymentClock clock, IOptions<DeploymentOptions> deployment)
{
    private static readonly ConcurrentDictionary<(Type Context, string Provider), string> ReturningUpdates = new();

    public async Task<string> IssueAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var agencyCode = db.Module.LinkageCode
            ?? throw new InvalidOperationException($"Module {db.Module.Name} declares no linkage code, so it cannot issue linkage numbers.");
        var year = clock.Today.Year;

        // An UPDATE first takes the row lock (SQL Server, PostgreSQL) or the write lock (SQLite), so concurrent commands
        // serialise, and they hold it until they commit: the fewer round trips from here to the commit, the more
        // commands a second (issue #14). The row exists from start-up (LinkageSequenceInitializer); the insert is for a
        // service that ran into a year it did not start in.
        var number = await NextAsync(db, year, cancellationToken);
        if (number is null)
        {
            db.LinkageSequences.Add(new LinkageSequence { Year = year, LastNumber = 1 });
            await db.SaveChangesAsync(cancellationToken);
            number = 1;
        }

        return LinkageNumber.Format(deployment.Value.DivisionCode, agencyCode, year, number.Value);
    }

    /// <summary>Moves the year's counter on and reads it back: one statement where the engine can return what it updated.</summary>
    private static async Task<long?> NextAsync(ModuleDbContext db, int year, CancellationToken cancellationToken)
    {
        if (!db.Provider.UpdateCanReturn)
        {
            var updated = await db.LinkageSequences
                .Where(s => s.Year == year)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1), cancellationToken);
            return updated == 0 ? null : await db.LinkageSequences.Where(s => s.Year == year).Select(s => s.LastNumber).SingleAsync(cancellationToken);
        }

        var update = ReturningUpdates.GetOrAdd((db.GetType(), db.Provider.Name), _ => ReturningUpdate(db));
        var numbers = await db.Database.SqlQueryRaw<long>(update, year).ToListAsync(cancellationToken);
        return numbers.Count == 0 ? null : numbers[0];
    }

    private static string ReturningUpdate(ModuleDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(LinkageSequence))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var last = Column(nameof(LinkageSequence.LastNumber));
        return $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {last} = {last} + 1 " +
            $"WHERE {Column(nameof(LinkageSequence.Year))} = {{0}} RETURNING {last} AS {sql.DelimitIdentifier("Value")}";
    }
}
