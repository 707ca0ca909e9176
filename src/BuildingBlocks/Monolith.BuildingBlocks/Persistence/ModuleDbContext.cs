using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;

namespace Monolith.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext. Besides the module's own entities it holds the module's outbox, inbox, deadlines,
/// scheduled commands, idempotent commands' results and linkage-number sequence, all in the module's schema (and, on an engine without schemas, prefixed with the module's name).
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options, ModuleInfo module)
        : base(options)
    {
        Module = module;
        Protector = options.FindExtension<PersonalDataProtection>()?.Protector ?? PersonalDataProtector.ModelOnly;
        Provider = options.FindExtension<DatabaseProviderExtension>()?.Provider
            ?? throw new InvalidOperationException($"{GetType().Name} must be configured through {nameof(DatabaseProviders)}.{nameof(DatabaseProviders.Configure)}.");
    }

    public ModuleInfo Module { get; }

    /// <summary>Encrypts the personal-data columns and message payloads (ADR 0042); model-only when created outside the service.</summary>
    internal PersonalDataProtector Protector { get; }

    /// <summary>The engine the context runs on.</summary>
    internal IDatabaseProvider Provider { get; }

    internal DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    internal DbSet<IdempotentCommand> IdempotentCommands => Set<IdempotentCommand>();

    internal DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    internal DbSet<LinkageSequence> LinkageSequences => Set<LinkageSequence>();

    internal DbSet<ScheduledCommand> ScheduledCommands => Set<ScheduledCommand>();

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    internal bool HasPendingOutboxMessages => ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    /// <summary>Queues an integration event; it is saved with the rest of the command's changes, in its transaction.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        Outbox.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = IntegrationEventSerializer.NameOf(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            LinkageNumber = integrationEvent.LinkageNumber,
            Recipient = (integrationEvent as IAddressedIntegrationEvent)?.Recipient,
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Module.Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new LinkageSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new DeadlineConfiguration());
        modelBuilder.ApplyConfiguration(new ScheduledCommandConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotentCommandConfiguration());
        ConfigureModel(modelBuilder);
        PersonalDataColumns.Protect(modelBuilder, Protector);
        if (!Provider.HasSchemas)
        {
            TableNaming.PrefixTables(modelBuilder, Module.Name);
        }
    }

    /// <summary>The module's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        PersistenceConventions.Apply(configurationBuilder, Provider);
}
