using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;

namespace Monolith.BuildingBlocks.Tests.TestModules.SubscriberNextRelease;

/// <summary>
/// The subscriber module in its next release: the same module (name, schema, tables), but its event contract and
/// handler classes renamed and moved. Rows stored by the previous release must still be delivered, once.
/// </summary>
public sealed class SubscriberNextReleaseModule : IModule
{
    public ModuleInfo Info { get; } = Subscriber.SubscriberModule.Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModule<NextReleaseDbContext>(Info, typeof(SubscriberNextReleaseModule).Assembly, t => t.Namespace == typeof(SubscriberNextReleaseModule).Namespace);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

/// <summary>The renamed contract: only its stored name is the old one.</summary>
[IntegrationEventName("test.note-written.v1")]
public sealed record NoteWrittenV1(Guid EventId, DateTimeOffset OccurredAt, string LinkageNumber, Guid NoteId, string Text)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

internal sealed class NoteArrival
{
    public Guid Id { get; init; }

    public Guid NoteId { get; init; }

    public required string Text { get; init; }
}

internal sealed class NextReleaseDbContext(DbContextOptions<NextReleaseDbContext> options) : ModuleDbContext(options, Subscriber.SubscriberModule.Descriptor)
{
    public DbSet<NoteArrival> Arrivals => Set<NoteArrival>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<NoteArrival>().ToTable("ReceivedNotes");
}

/// <summary>The renamed handler, under its unchanged stable key.</summary>
[IntegrationEventHandlerName("subscriber.record-note")]
internal sealed class RecordNoteOnArrival(NextReleaseDbContext db) : IIntegrationEventHandler<NoteWrittenV1>
{
    public Task HandleAsync(NoteWrittenV1 integrationEvent, CancellationToken cancellationToken)
    {
        db.Arrivals.Add(new NoteArrival { Id = Guid.NewGuid(), NoteId = integrationEvent.NoteId, Text = integrationEvent.Text + "（新版本处理）" });
        return Task.CompletedTask;
    }
}
