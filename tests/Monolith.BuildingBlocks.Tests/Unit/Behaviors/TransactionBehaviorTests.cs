using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application.Behaviors;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Tests.TestModules.Contracts;
using Monolith.BuildingBlocks.Tests.TestModules.Publisher;
using Monolith.BuildingBlocks.Tests.TestModules.Subscriber;
using Monolith.Testing;

namespace Monolith.BuildingBlocks.Tests.Unit.Behaviors;

/// <summary>
/// The transaction behaviour on a real SQLite file: it needs a real database to show what is committed, what is rolled
/// back, and what another connection sees in between.
/// </summary>
public sealed class TransactionBehaviorTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() =>
        platform = await PlatformFixture.CreateAsync([new PublisherModule(), new SubscriberModule()], policyProfile: null);

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_command_runs_in_a_transaction_of_its_module_and_a_query_runs_in_none()
    {
        Assert.True(await platform.SendAsync(new ProbeTransactionCommand()));
        Assert.False((await platform.SendAsync(new CountNotesQuery())).InTransaction);
    }

    [Fact]
    public async Task A_query_is_passed_straight_to_its_handler_without_touching_any_database_transaction()
    {
        using var scope = platform.Services.CreateScope();
        var publisher = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        var platformDb = scope.ServiceProvider.GetRequiredService<Monolith.BuildingBlocks.Tests.TestModules.Subscriber.SubscriberDbContext>();
        var calls = 0;

        var result = await Behavior<CountNotesQuery, NoteCount>(scope).Handle(new CountNotesQuery(), CancellationToken.None, () =>
        {
            calls++;
            Assert.Null(publisher.Database.CurrentTransaction);
            Assert.Null(platformDb.Database.CurrentTransaction);
            return Task.FromResult(new NoteCount(0, false));
        });

        Assert.Equal(1, calls);
        Assert.Equal(new NoteCount(0, false), result);
        Assert.Null(publisher.Database.CurrentTransaction);
    }

    [Fact]
    public async Task The_changes_and_outbox_rows_of_a_command_are_invisible_to_others_until_both_commit_together()
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        var noteId = Guid.NewGuid();
        (int Notes, int Outbox) seenByOthersBeforeCommit = (-1, -1);

        await Behavior<WriteNoteCommand, Guid>(scope).Handle(new WriteNoteCommand("事务内写入"), CancellationToken.None, async () =>
        {
            Assert.NotNull(db.Database.CurrentTransaction);
            db.Notes.Add(new Note { Id = noteId, LinkageNumber = "360100-JC-2026-000001", Text = "事务内写入" });
            db.Publish(new NoteWrittenIntegrationEvent(Guid.NewGuid(), platform.Clock.GetUtcNow(), "360100-JC-2026-000001", noteId, "事务内写入"));
            await db.SaveChangesAsync();
            seenByOthersBeforeCommit = (await Notes(), await OutboxRows());
            return noteId;
        });

        Assert.Equal((0, 0), seenByOthersBeforeCommit);
        Assert.Equal((1, 1), (await Notes(), await OutboxRows()));
        Assert.Null(db.Database.CurrentTransaction);
    }

    [Fact]
    public async Task Changes_the_handler_left_unsaved_are_saved_by_the_behaviour()
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();

        await Behavior<WriteNoteCommand, Guid>(scope).Handle(new WriteNoteCommand("未保存"), CancellationToken.None, () =>
        {
            db.Notes.Add(new Note { Id = Guid.NewGuid(), LinkageNumber = "360100-JC-2026-000001", Text = "未保存" });
            return Task.FromResult(Guid.Empty);
        });

        Assert.Equal(1, await Notes());
    }

    [Fact]
    public async Task An_exception_rolls_back_what_the_command_saved_and_clears_the_change_tracker_so_nothing_leaks_into_the_next_command()
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Behavior<WriteNoteCommand, Guid>(scope).Handle(
            new WriteNoteCommand("失败"), CancellationToken.None, async () =>
            {
                var savedId = Guid.NewGuid();
                db.Notes.Add(new Note { Id = savedId, LinkageNumber = "360100-JC-2026-000001", Text = "已保存后回滚" });
                db.Publish(new NoteWrittenIntegrationEvent(Guid.NewGuid(), platform.Clock.GetUtcNow(), "360100-JC-2026-000001", savedId, "已保存后回滚"));
                await db.SaveChangesAsync();
                db.Notes.Add(new Note { Id = Guid.NewGuid(), LinkageNumber = "360100-JC-2026-000002", Text = "未保存" });
                throw new InvalidOperationException("处理失败");
            }));

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Null(db.Database.CurrentTransaction);
        Assert.Equal((0, 0), (await Notes(), await OutboxRows()));

        // The next command in the same scope (same DbContext) saves only its own change.
        var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new WriteNoteCommand("之后的命令"));
        var stored = await platform.QueryAsync<PublisherDbContext, List<Note>>(d => d.Notes.AsNoTracking().ToListAsync());
        Assert.Equal(id, Assert.Single(stored).Id);
        Assert.Equal(1, await OutboxRows());
    }

    [Fact]
    public async Task A_failed_command_also_gives_back_the_linkage_number_it_drew_inside_its_transaction()
    {
        using var scope = platform.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => mediator.Send(new WriteNoteCommand("会失败", FailAfterPublish: true)));
        var id = await mediator.Send(new WriteNoteCommand("成功"));

        var note = await platform.QueryAsync<PublisherDbContext, Note>(d => d.Notes.AsNoTracking().SingleAsync());
        Assert.Equal(id, note.Id);
        Assert.Equal("360100-JC-2026-000001", note.LinkageNumber);
    }

    [Fact]
    public async Task A_command_that_finds_a_transaction_already_open_joins_it_and_leaves_saving_and_committing_to_its_owner()
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PublisherDbContext>();
        await using var outer = await db.Database.BeginTransactionAsync();

        await Behavior<WriteNoteCommand, Guid>(scope).Handle(new WriteNoteCommand("内层"), CancellationToken.None, () =>
        {
            Assert.Same(outer, db.Database.CurrentTransaction);
            db.Notes.Add(new Note { Id = Guid.NewGuid(), LinkageNumber = "360100-JC-2026-000001", Text = "内层" });
            return Task.FromResult(Guid.Empty);
        });

        Assert.Same(outer, db.Database.CurrentTransaction);
        Assert.Single(db.ChangeTracker.Entries<Note>(), e => e.State == EntityState.Added);
        await outer.RollbackAsync();
        Assert.Equal(0, await Notes());
    }

    private static TransactionBehavior<TRequest, TResponse> Behavior<TRequest, TResponse>(IServiceScope scope)
        where TRequest : IRequest<TResponse> =>
        scope.ServiceProvider.GetServices<IPipelineBehavior<TRequest, TResponse>>().OfType<TransactionBehavior<TRequest, TResponse>>().Single();

    private Task<int> Notes() => platform.QueryAsync<PublisherDbContext, int>(db => db.Notes.CountAsync());

    private Task<int> OutboxRows() => platform.QueryAsync<PublisherDbContext, int>(db => db.Outbox.CountAsync());
}
