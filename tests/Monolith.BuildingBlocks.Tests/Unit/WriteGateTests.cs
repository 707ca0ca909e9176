using Monolith.BuildingBlocks.Persistence;
using Monolith.Providers.PostgreSql;
using Monolith.Providers.Sqlite;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class WriteGateTests
{
    private static WriteGate Embedded() => new(new ActiveDatabase(SqliteProvider.Instance, "Data Source=:memory:"));

    /// <summary>A writer that holds the gate until <c>Release</c> is set.</summary>
    private static (Task Holder, TaskCompletionSource Release) Held(WriteGate gate)
    {
        var release = new TaskCompletionSource();
        return (gate.RunAsync(() => release.Task, CancellationToken.None), release);
    }

    /// <summary>A write that notes <paramref name="name"/> in <paramref name="order"/> when it runs.</summary>
    private static Func<Task> Noting(List<string> order, string name) => () =>
    {
        lock (order)
        {
            order.Add(name);
        }

        return Task.CompletedTask;
    };

    [Fact]
    public async Task On_an_engine_with_one_writer_commands_take_turns_in_the_order_they_came()
    {
        var gate = Embedded();
        var firstMayEnd = new TaskCompletionSource();
        var order = new List<string>();
        var first = gate.RunAsync(async () =>
        {
            order.Add("first starts");
            await firstMayEnd.Task;
            order.Add("first ends");
        }, CancellationToken.None);
        var second = gate.RunAsync(Noting(order, "second starts"), CancellationToken.None);
        var third = gate.RunAsync(Noting(order, "third starts"), CancellationToken.None);

        await Task.Delay(50);
        Assert.Equal(["first starts"], order);
        firstMayEnd.SetResult();
        await Task.WhenAll(first, second, third);
        Assert.Equal(["first starts", "first ends", "second starts", "third starts"], order);
    }

    [Fact]
    public async Task A_flow_that_holds_the_gate_passes_through_it_again_instead_of_waiting_for_itself()
    {
        var gate = Embedded();
        var nested = gate.RunAsync(() => gate.RunAsync(() => gate.RunAsync(() => Task.FromResult(42), CancellationToken.None), CancellationToken.None), CancellationToken.None);
        Assert.Same(nested, await Task.WhenAny(nested, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(42, await nested);
    }

    [Fact]
    public async Task The_callers_flow_does_not_hold_the_gate_after_its_turn_so_another_writer_is_not_let_through_beside_a_holder()
    {
        var gate = Embedded();
        await gate.RunAsync(() => Task.CompletedTask, CancellationToken.None);

        var (holder, holderMayEnd) = Held(gate);
        var next = gate.RunAsync(() => Task.CompletedTask, CancellationToken.None);
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        holderMayEnd.SetResult();
        await Task.WhenAll(holder, next);
    }

    [Fact]
    public async Task A_write_that_fails_gives_up_its_turn()
    {
        var gate = Embedded();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => gate.RunAsync(() => Task.FromException(new InvalidOperationException("refused")), CancellationToken.None));
        var after = gate.RunAsync(() => Task.FromResult("ran"), CancellationToken.None);
        Assert.Same(after, await Task.WhenAny(after, Task.Delay(TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task A_writer_that_is_cancelled_while_waiting_leaves_the_queue_without_running()
    {
        var gate = Embedded();
        var (holder, holderMayEnd) = Held(gate);
        using var cancel = new CancellationTokenSource();
        var ran = false;
        var waiting = gate.RunAsync(() =>
        {
            ran = true;
            return Task.CompletedTask;
        }, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        holderMayEnd.SetResult();
        await holder;
        Assert.False(ran);
    }

    [Fact]
    public async Task Delivering_integration_events_goes_ahead_of_commands_already_waiting_and_in_the_order_it_came()
    {
        var gate = Embedded();
        var order = new List<string>();
        Task Writer(string name, bool messaging) => gate.RunAsync(Noting(order, name), messaging, CancellationToken.None);

        var (holder, holderMayEnd) = Held(gate);
        var waiting = new[] { Writer("command 1", false), Writer("relay", true), Writer("command 2", false), Writer("inbox", true) };
        await Task.Delay(50);
        holderMayEnd.SetResult();
        await Task.WhenAll([holder, .. waiting]);
        Assert.Equal(["relay", "inbox", "command 1", "command 2"], order);
    }

    [Fact]
    public async Task The_turn_of_a_cancelled_waiter_passes_to_the_next()
    {
        var gate = Embedded();
        var (holder, holderMayEnd) = Held(gate);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.RunAsync(() => Task.CompletedTask, cancel.Token);
        var next = gate.RunAsync(() => Task.FromResult("ran"), CancellationToken.None);
        await cancel.CancelAsync();
        holderMayEnd.SetResult();
        await holder;
        Assert.Same(next, await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(10))));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var after = gate.RunAsync(() => Task.FromResult(1), CancellationToken.None);
        Assert.Same(after, await Task.WhenAny(after, Task.Delay(TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task On_a_server_engine_writers_do_not_wait_for_each_other()
    {
        var gate = new WriteGate(new ActiveDatabase(PostgreSqlProvider.Instance, "Host=localhost"));
        var bothInside = new TaskCompletionSource();
        var inside = 0;
        async Task Writer()
        {
            if (Interlocked.Increment(ref inside) == 2)
            {
                bothInside.SetResult();
            }

            await bothInside.Task;
        }

        var both = Task.WhenAll(gate.RunAsync(Writer, CancellationToken.None), gate.RunAsync(Writer, CancellationToken.None));
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(10))));
    }
}
