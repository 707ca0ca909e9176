using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Union.Persistence;

internal sealed class UnionDbContext(DbContextOptions<UnionDbContext> options) : ModuleDbContext(options, UnionModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
