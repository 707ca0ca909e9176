using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Modules;

/// <summary>What the platform needs to know about a module: its name (also the table prefix), schema and staff roles.</summary>
/// <param name="Name">PascalCase code name, e.g. "Arbitration". Every table of the module starts with it.</param>
/// <param name="Agency">The agency the module serves.</param>
/// <param name="Schema">Database schema (SQL Server); SQLite ignores schemas, hence the table prefix.</param>
/// <param name="DisplayName">Chinese name shown in pages, e.g. "劳动人事争议仲裁".</param>
/// <param name="Roles">Roles whose members may use the module's endpoints and pages.</param>
public sealed record ModuleInfo(string Name, Agency Agency, string Schema, string DisplayName, IReadOnlyList<string> Roles);
