using Microsoft.EntityFrameworkCore;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>Type conventions shared by every DbContext, then the engine's own.</summary>
internal static class PersistenceConventions
{
    public static void Apply(ModelConfigurationBuilder configuration, IDatabaseProvider provider)
    {
        configuration.Properties<decimal>().HavePrecision(18, 2);
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        provider.ConfigureConventions(configuration);
    }
}
