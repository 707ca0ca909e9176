using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Supervision.Persistence;

internal sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : ModuleDbContext(options, SupervisionModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
