using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Inspection.Persistence;

internal sealed class InspectionDbContext(DbContextOptions<InspectionDbContext> options) : ModuleDbContext(options, InspectionModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
