using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Violating.Persistence;

/// <summary>The fixture module's own DbContext.</summary>
internal sealed class ViolatingDbContext(DbContextOptions<ViolatingDbContext> options) : ModuleDbContext(options, ViolatingModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

/// <summary>VIOLATION ("exactly one DbContext per module"): a second DbContext in the same module.</summary>
internal sealed class SecondViolatingDbContext(DbContextOptions<SecondViolatingDbContext> options) : ModuleDbContext(options, ViolatingModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
