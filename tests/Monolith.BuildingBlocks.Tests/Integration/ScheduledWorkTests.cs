using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Tests.TestModules.Duties;
using Monolith.Testing;
using NSubstitute;

namespace Monolith.BuildingBlocks.Tests.Integration;

/// <summary>
/// A module schedules a command of its own inside its transaction (<see cref="WorkScheduler"/>): stored in its table,
/// handed to Hangfire only after the commit (and only when near), recovered when the job is lost, run once. Hangfire
/// is replaced by a substitute client that records what was enqueued, and when.
/// </summary>
public sealed class ScheduledWorkTests : IAsyncLifetime
{
    private readonly IBackgroundJobClient jobs = Substitute.For<IBackgroundJobClient>();
    private readonly List<(Job Job, IState State, int RowsAtThatMoment)> enqueued = [];
    private PlatformFixture platform = null!;

    private SchedulingOptions Options => platform.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulingOptions>>().Value;

    public async Task InitializeAsync()
    {
        platform = await PlatformFixture.CreateAsync(
            [new DutiesModule()],
            policyProfile: null,
            configure: services => services.RemoveAll<IBackgroundJobClient>().AddSingleton(jobs));

        // At the moment Hangfire is given a job, is the row the job will look for already committed? Read it on another connection.
        jobs.Create(Arg.Any<Job>(), Arg.Any<IState>()).Returns(call =>
        {
            var rows = platform.QueryAsync<DutiesDbContext, int>(db => db.ScheduledCommands.CountAsync()).GetAwaiter().GetResult();
            enqueued.Add((call.Arg<Job>(), call.Arg<IState>(), rows));
            return Guid.NewGuid().ToString();
        });
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Near_work_is_handed_to_hangfire_on_the_modules_queue_only_after_its_row_is_committed()
    {
        await platform.SendAsync(new ScheduleChoreCommand("登记回访", TimeSpan.FromMinutes(2)));

        var (job, state, rows) = Assert.Single(enqueued);
        Assert.Equal(1, rows); // the row was committed and visible to others before the job existed
        Assert.Equal("duties", job.Queue);
        Assert.Equal(typeof(ScheduledWorkJobs), job.Type);
        Assert.Equal("Duties", job.Args[0]);
        Assert.Equal("duties.do-chore.v1", job.Args[2]);
        var scheduled = Assert.IsType<ScheduledState>(state);
        Assert.InRange(scheduled.EnqueueAt - DateTime.UtcNow, TimeSpan.FromMinutes(1.9), TimeSpan.FromMinutes(2.1));
    }

    [Fact]
    public async Task Work_asked_for_by_a_command_that_rolls_back_is_neither_stored_nor_enqueued()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => platform.SendAsync(new ScheduleChoreCommand("登记回访", TimeSpan.Zero, FailAfterScheduling: true)));

        Assert.Empty(enqueued);
        Assert.Equal(0, await Rows());
        Assert.Equal(0, await platform.RunDueScheduledWorkAsync());
        Assert.Equal(0, await Done());
    }

    [Fact]
    public async Task Far_work_costs_a_row_and_no_job_until_the_dispatcher_finds_it_near()
    {
        await platform.SendAsync(new ScheduleChoreCommand("年度会商提醒", TimeSpan.FromDays(30)));

        Assert.Empty(enqueued);
        Assert.Equal(0, await Dispatch());

        platform.Clock.Advance(TimeSpan.FromDays(30) - Options.Horizon + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await Dispatch());
        Assert.Equal("duties", Assert.Single(enqueued).Job.Queue);
        Assert.Equal(0, await Dispatch()); // held for its job: not enqueued twice
    }

    [Fact]
    public async Task A_job_the_store_lost_is_enqueued_again_once_its_hold_expires_and_the_work_is_done_once()
    {
        await platform.SendAsync(new ScheduleChoreCommand("逾期督办", TimeSpan.FromMinutes(1)));
        Assert.Single(enqueued); // ... and then the in-memory job store restarts: the job is gone

        platform.Clock.Advance(TimeSpan.FromMinutes(1) + Options.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await Dispatch()); // still held: the job may yet run

        platform.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await Dispatch());
        Assert.Equal(2, enqueued.Count);

        var id = await OnlyRowId();
        Assert.True(await Run(id));
        Assert.False(await Run(id)); // the first job turns up after all: nothing more happens
        Assert.Equal(1, await Done());
    }

    [Fact]
    public async Task A_job_that_runs_before_its_time_by_the_deployments_clock_does_nothing_and_frees_the_row()
    {
        await platform.SendAsync(new ScheduleChoreCommand("提前", TimeSpan.FromMinutes(5)));
        var id = await OnlyRowId();

        Assert.False(await Run(id));
        Assert.Equal(0, await Done());
        Assert.Null(await platform.QueryAsync<DutiesDbContext, string?>(db => db.ScheduledCommands.Select(c => c.LockedBy).SingleAsync()));

        platform.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await Run(id));
        Assert.Equal(1, await Done());
    }

    [Fact]
    public async Task Cancelled_work_never_runs()
    {
        await platform.SendAsync(new ScheduleChoreCommand("会议提醒", TimeSpan.FromHours(3)));
        await platform.SendAsync(new CancelChoreCommand("会议提醒"));

        platform.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(0, await Dispatch());
        Assert.Equal(0, await platform.RunDueScheduledWorkAsync());
        Assert.Equal(0, await Done());
    }

    [Fact]
    public async Task Work_that_fails_is_retried_after_a_backoff_and_parked_after_the_last_attempt()
    {
        platform.Services.GetRequiredService<ChoreFaults>().FailNext(100);
        await platform.SendAsync(new ScheduleChoreCommand("总是失败", TimeSpan.Zero));
        var id = await OnlyRowId();

        await RunJob(id);
        var failed = await Row(id);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Simulated chore failure", failed.LastError, StringComparison.Ordinal);
        Assert.Null(failed.CompletedAt);
        Assert.True(failed.NextAttemptAt > platform.Clock.GetUtcNow());
        Assert.Equal(0, await Done()); // the failed attempt was rolled back, its "done" row with it

        for (var attempt = 2; attempt <= 3; attempt++)
        {
            platform.Clock.Advance(TimeSpan.FromMinutes(30));
            await RunJob(id);
        }

        var parked = await Row(id);
        Assert.Equal(3, parked.Attempts); // Messaging:MaxAttempts is 3 in the fixture
        Assert.NotNull(parked.ParkedAt);
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await Dispatch());
        Assert.Equal(0, await Done());
    }

    [Fact]
    public async Task Work_that_runs_at_the_same_time_goes_to_one_job_and_is_done_in_one_transaction()
    {
        foreach (var chore in new[] { "甲", "乙", "丙" })
        {
            await platform.SendAsync(new ScheduleChoreCommand(chore, TimeSpan.FromDays(1)));
        }

        await platform.SendAsync(new ScheduleChoreCommand("稍后", TimeSpan.FromDays(1) + TimeSpan.FromMinutes(5)));
        platform.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Assert.Equal(4, await Dispatch());

        Assert.Equal(2, enqueued.Count);
        var together = Assert.Single(enqueued, e => e.Job.Method.Name == nameof(ScheduledWorkJobs.RunTogetherAsync));
        Assert.Equal("duties", together.Job.Queue);
        var ids = Assert.IsType<Guid[]>(together.Job.Args[1]);
        Assert.Equal(3, ids.Length);
        Assert.Equal("duties.do-chore.v1 ×3", together.Job.Args[2]);
        var at = Assert.IsType<ScheduledState>(together.State).EnqueueAt;
        Assert.InRange(at - DateTime.UtcNow, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(70)); // at their time, not before
        Assert.Single(enqueued, e => e.Job.Method.Name == nameof(ScheduledWorkJobs.RunAsync));

        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        await RunTogether(ids);
        Assert.Equal(["丙", "乙", "甲"], (await DoneChores()).Order());
        Assert.All(ids, id => Assert.NotNull(Row(id).GetAwaiter().GetResult().CompletedAt));
        await RunTogether(ids); // the job again (a lost job re-enqueued): nothing more happens
        Assert.Equal(3, await Done());
    }

    [Fact]
    public async Task A_row_that_fails_in_a_batch_rolls_the_batch_back_then_fails_alone_while_the_others_are_done_once()
    {
        platform.Services.GetRequiredService<ChoreFaults>().FailAlwaysOn("总是失败");
        foreach (var chore in new[] { "甲", "总是失败", "丙" })
        {
            await platform.SendAsync(new ScheduleChoreCommand(chore, TimeSpan.FromDays(1)));
        }

        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(3, await Dispatch());
        var ids = Assert.IsType<Guid[]>(Assert.Single(enqueued).Job.Args[1]);
        await RunTogether(ids);

        Assert.Equal(["丙", "甲"], (await DoneChores()).Order());
        var rows = await Task.WhenAll(ids.Select(Row));
        var failed = Assert.Single(rows, r => r.CompletedAt is null);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Simulated chore failure", failed.LastError, StringComparison.Ordinal);
        Assert.All(rows.Where(r => r.CompletedAt is not null), r => Assert.Equal(1, r.Attempts)); // the rolled-back batch counted nothing
    }

    [Fact]
    public async Task Work_already_due_is_handed_over_batch_after_batch_in_one_pass_and_work_ahead_one_batch_per_pass()
    {
        Options.BatchSize = 2;
        for (var i = 0; i < 5; i++)
        {
            await platform.SendAsync(new ScheduleChoreCommand($"到期{i}", TimeSpan.FromDays(1)));
            await platform.SendAsync(new ScheduleChoreCommand($"将到期{i}", TimeSpan.FromDays(2)));
        }

        platform.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        Assert.Equal(5, await Dispatch()); // all five due: 2 + 2 + 1
        Assert.Equal(3, enqueued.Count);
        Assert.All(enqueued, e => Assert.IsType<EnqueuedState>(e.State));
        Assert.Equal(5, await platform.RunDueScheduledWorkAsync()); // what those jobs do

        platform.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(5));
        Assert.Equal(2, await Dispatch()); // near but not due: one batch this pass
        Assert.Equal(2, await Dispatch());
        Assert.Equal(1, await Dispatch());
    }

    [Fact]
    public async Task A_dispatch_pass_does_nothing_while_the_previous_pass_of_this_host_is_still_running()
    {
        await platform.SendAsync(new ScheduleChoreCommand("年度会商提醒", TimeSpan.FromDays(1)));
        platform.Clock.Advance(TimeSpan.FromDays(1));
        var gates = platform.Services.GetRequiredService<PassGates>();
        using var scope = platform.Services.CreateScope();
        var recurring = scope.ServiceProvider.GetRequiredService<PlatformJobs>();

        await gates.Dispatching.WaitAsync(); // a pass is running
        Assert.Equal(-1, await recurring.DispatchScheduledWorkAsync(CancellationToken.None));
        Assert.Empty(enqueued);
        gates.Dispatching.Release();

        Assert.Equal(1, await recurring.DispatchScheduledWorkAsync(CancellationToken.None));
    }

    private Task<int> Dispatch() => platform.Services.GetRequiredService<ScheduledWorkDispatcher>().DispatchAsync(CancellationToken.None);

    private Task<bool> Run(Guid id) => platform.SendAsync(new RunScheduledCommand("Duties", id));

    /// <summary>What Hangfire runs: the command, with a failure recorded on the row.</summary>
    private async Task RunJob(Guid id)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledWorkJobs>().RunAsync("Duties", id, "duties.do-chore.v1", CancellationToken.None);
    }

    /// <summary>What Hangfire runs for work that falls due together.</summary>
    private async Task RunTogether(Guid[] ids)
    {
        using var scope = platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledWorkJobs>().RunTogetherAsync("Duties", ids, "duties.do-chore.v1 ×3", CancellationToken.None);
    }

    private Task<List<string>> DoneChores() => platform.QueryAsync<DutiesDbContext, List<string>>(db => db.ChoresDone.Select(c => c.Chore).ToListAsync());

    private Task<int> Rows() => platform.QueryAsync<DutiesDbContext, int>(db => db.ScheduledCommands.CountAsync());

    private Task<Guid> OnlyRowId() => platform.QueryAsync<DutiesDbContext, Guid>(db => db.ScheduledCommands.Select(c => c.Id).SingleAsync());

    private Task<ScheduledCommand> Row(Guid id) => platform.QueryAsync<DutiesDbContext, ScheduledCommand>(db => db.ScheduledCommands.AsNoTracking().SingleAsync(c => c.Id == id));

    private Task<int> Done() => platform.QueryAsync<DutiesDbContext, int>(db => db.ChoresDone.CountAsync());
}
