using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>Type conventions shared by every DbContext.</summary>
internal static class PersistenceConventions
{
    public static void Apply(ModelConfigurationBuilder configuration, DatabaseFacade database)
    {
        // SQLite cannot compare or order DateTimeOffset in SQL; all instants are UTC, so store them as UTC ticks.
        if (database.IsSqlite())
        {
            configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }

        configuration.Properties<decimal>().HavePrecision(18, 2);
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
