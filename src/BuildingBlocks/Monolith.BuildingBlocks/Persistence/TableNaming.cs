using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// SQLite ignores schemas, so two modules' "Applications" tables would collide in the one database file. Every table
/// of a module therefore starts with the module's name ("LegalAidApplications").
/// </summary>
internal static class TableNaming
{
    public static void PrefixTables(ModelBuilder modelBuilder, string prefix)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var table = entity.GetTableName();
            if (table is not null && !table.StartsWith(prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(prefix + table);
            }
        }
    }
}
