using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Modules;
using Monolith.Modules.Platform.Persistence;

namespace Monolith.Modules.Platform.DataProtection;

/// <summary>
/// The data-protection key ring (sign-in cookies, antiforgery tokens, temp data) kept in the platform's table, so a
/// cookie issued by one host is accepted by every other host on the same database (ADR 0045).
/// </summary>
internal static class SharedKeyRing
{
    /// <summary>
    /// Fixed, so that hosts installed in different folders share the key ring: by default data protection isolates
    /// applications by their content-root path. Changing it signs everyone out.
    /// </summary>
    public const string ApplicationName = "Monolith";

    public static void Register(IServiceCollection services) =>
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PlatformDbContext>();
}

/// <summary>
/// Makes sure the key ring has a key before the host takes requests. Start-up initializers run under the database's
/// start-up lock (PlatformStartup), so two hosts starting at once on an empty table do not each create a first key:
/// the second waits, then finds the first host's key. (Two keys would still work, since a host that meets a key it
/// does not know reloads the ring; one key keeps every cookie readable by every host from the first request.)
/// </summary>
internal sealed class KeyRingInitializer(IDataProtectionProvider provider) : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Protecting anything loads the ring from the table and, if it holds no usable key, creates and stores one.
        provider.CreateProtector("Monolith.Platform.KeyRingInitializer").Protect([1]);
        return Task.CompletedTask;
    }
}
