using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Messaging;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Which columns hold personal data that is encrypted at rest, by a naming convention every module already follows
/// (ADR 0042): a string property named <c>…IdNumber</c>, <c>…Phone</c> or <c>…Mobile</c>, in any entity or owned type,
/// plus the outbox's and inbox's payloads, which carry such values between modules.
/// </summary>
public static class PersonalDataColumns
{
    public const string Annotation = "Monolith:PersonalData";

    private static readonly string[] Suffixes = ["IdNumber", "Phone", "Mobile"];

    public static bool IsPersonalData(string propertyName) =>
        Suffixes.Any(suffix => propertyName.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>Every encrypted property of a model.</summary>
    public static IEnumerable<IProperty> In(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()).Where(p => p.FindAnnotation(Annotation) is not null);

    internal static void Protect(ModelBuilder modelBuilder, PersonalDataProtector protector)
    {
        var converter = new ValueConverter<string, string>(value => protector.Protect(value), stored => protector.Unprotect(stored));
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()).ToList())
        {
            var owner = property.DeclaringType.ClrType;
            var payload = property.Name == nameof(OutboxMessage.Payload) && (owner == typeof(OutboxMessage) || owner == typeof(InboxMessage));
            if (property.ClrType != typeof(string) || !(payload || IsPersonalData(property.Name)))
            {
                continue;
            }

            property.SetValueConverter(converter);
            property.SetAnnotation(Annotation, true);
            if (property.GetMaxLength() is { } maxLength)
            {
                property.SetMaxLength(PersonalDataProtector.StoredLength(maxLength));
            }
        }
    }
}

/// <summary>Carries the service's <see cref="PersonalDataProtector"/> into every module's DbContext options.</summary>
internal sealed class PersonalDataProtection(PersonalDataProtector protector) : IDbContextOptionsExtension
{
    public PersonalDataProtector Protector { get; } = protector;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
