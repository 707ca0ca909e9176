namespace Monolith.BuildingBlocks.Demo;

/// <summary>
/// Puts a module's demonstration data into an empty database (the embedded default). Only fake people: names, identity
/// numbers and phones come from <see cref="FakeIdentity"/>. Must do nothing when the module already has data.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Seeders run in ascending order; platform accounts first.</summary>
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
