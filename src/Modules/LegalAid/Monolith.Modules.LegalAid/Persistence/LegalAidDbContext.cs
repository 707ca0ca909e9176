using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.LegalAid.Persistence;

internal sealed class LegalAidDbContext(DbContextOptions<LegalAidDbContext> options) : ModuleDbContext(options, LegalAidModule.Descriptor)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
