namespace Monolith.BuildingBlocks.Modules;

/// <summary>
/// Something a module does once at every start, after the database is migrated and before requests are taken (for
/// example storing reference data this release ships). Found in the module's own assembly; runs in its own scope.
/// Must be safe to run again and on several hosts at once.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
