using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Contracts;

namespace Monolith.BuildingBlocks.Tests.TestModules.Subscriber;

/// <summary>A test-only module that records every note and missed deadline it hears of, with a switchable fault.</summary>
public sealed class SubscriberModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Subscriber", "subscriber", "测试订阅模块", "测试订阅模块机构")
    {
        Roles = [new("SubscriberStaff", "测试订阅模块人员")],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SubscriberDbContext>(Info, typeof(SubscriberModule).Assembly, t => t.Namespace == typeof(SubscriberModule).Namespace);
        services.AddSingleton<HandlerFaults>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

/// <summary>Makes the next N handler runs throw, or every run on a note with a given text, to test retries and parking.</summary>
public sealed class HandlerFaults
{
    private int remaining;
    private string? failingText;

    public int Invocations { get; private set; }

    public void FailNext(int times) => remaining = times;

    public void FailAlwaysOn(string text) => failingText = text;

    internal void Invoked(string? text = null)
    {
        Invocations++;
        if (remaining > 0 || (text is not null && text == failingText))
        {
            remaining = Math.Max(0, remaining - 1);
            throw new InvalidOperationException("Simulated handler failure.");
        }
    }
}

internal sealed class ReceivedNote
{
    public Guid Id { get; init; }

    public Guid NoteId { get; init; }

    public required string Text { get; init; }
}

internal sealed class RecordedMissedDeadline
{
    public Guid Id { get; init; }

    public Guid DeadlineId { get; init; }

    public required string RuleId { get; init; }

    public required string Module { get; init; }
}

internal sealed class SubscriberDbContext(DbContextOptions<SubscriberDbContext> options) : ModuleDbContext(options, SubscriberModule.Descriptor)
{
    public DbSet<ReceivedNote> ReceivedNotes => Set<ReceivedNote>();

    public DbSet<RecordedMissedDeadline> MissedDeadlines => Set<RecordedMissedDeadline>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // No unique index on NoteId on purpose: a duplicate effect must be visible, so only the inbox can prevent it.
        modelBuilder.Entity<ReceivedNote>().ToTable("ReceivedNotes");
        modelBuilder.Entity<RecordedMissedDeadline>().ToTable("MissedDeadlines");
    }
}

[IntegrationEventHandlerName("subscriber.record-note")]
internal sealed class NoteWrittenHandler(SubscriberDbContext db, HandlerFaults faults) : IIntegrationEventHandler<NoteWrittenIntegrationEvent>
{
    public Task HandleAsync(NoteWrittenIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.ReceivedNotes.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = integrationEvent.NoteId, Text = integrationEvent.Text });
        faults.Invoked(integrationEvent.Text);
        return Task.CompletedTask;
    }
}

[IntegrationEventHandlerName("subscriber.record-missed-deadline")]
internal sealed class DeadlineMissedRecorder(SubscriberDbContext db) : IIntegrationEventHandler<DeadlineMissedIntegrationEvent>
{
    public Task HandleAsync(DeadlineMissedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.MissedDeadlines.Add(new RecordedMissedDeadline
        {
            Id = Guid.NewGuid(),
            DeadlineId = integrationEvent.DeadlineId,
            RuleId = integrationEvent.RuleId,
            Module = integrationEvent.Module,
        });
        return Task.CompletedTask;
    }
}

[IntegrationEventHandlerName("subscriber.record-answer")]
internal sealed class NoteAnsweredHandler(SubscriberDbContext db) : IIntegrationEventHandler<NoteAnsweredIntegrationEvent>
{
    public Task HandleAsync(NoteAnsweredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.ReceivedNotes.Add(new ReceivedNote { Id = Guid.NewGuid(), NoteId = integrationEvent.NoteId, Text = "answer" });
        return Task.CompletedTask;
    }
}
