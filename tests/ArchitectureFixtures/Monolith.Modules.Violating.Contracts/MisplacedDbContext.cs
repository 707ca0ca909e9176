using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.Modules.Violating.Contracts;

/// <summary>
/// VIOLATION (Contracts rule): a Contracts type built on <see cref="ModuleDbContext"/> from Monolith.BuildingBlocks.
/// VIOLATION (DbContext rule): a module DbContext that lives outside a module assembly.
/// </summary>
public sealed class MisplacedDbContext(DbContextOptions<MisplacedDbContext> options)
    : ModuleDbContext(options, new ModuleInfo("Misplaced", "misplaced", "放错位置的上下文", "放错位置的机构"))
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
