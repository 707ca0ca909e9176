using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Mediation.Persistence;

internal sealed class MediationDbContext(DbContextOptions<MediationDbContext> options) : ModuleDbContext(options, MediationModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
