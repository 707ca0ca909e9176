using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// SQLite ignores schemas, so two modules' "Applications" tables would collide in the one database file. There every
/// table of a module therefore starts with the module's name ("LegalAidApplications"); engines with schemas need no
/// prefix, so modules name their tables without it.
/// </summary>
internal static class TableNaming
{
    public static void PrefixTables(ModelBuilder modelBuilder, string prefix)
    {
        // An owned type stored in its own table has its table name set on it; one stored in its owner's row has none.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() || e.FindAnnotation(RelationalAnnotationNames.TableName) is not null))
        {
            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(prefix + table);
            }
        }
    }
}
