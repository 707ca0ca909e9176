using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Persistence;
using Monolith.BuildingBlocks.Scheduling;

namespace Monolith.BuildingBlocks.Tests.TestModules.Duties;

/// <summary>
/// A test-only module with its own deadline rules: a command opens a matter and starts one deadline on it, another
/// discharges it. Its agency (legal aid, "FY") differs from the publisher's and the subscriber's.
/// </summary>
public sealed class DutiesModule : IModule
{
    public static readonly ModuleInfo Descriptor = new("Duties", "duties", "测试期限模块", "测试期限模块机构")
    {
        LinkageCode = "FY",
        Roles = [new("DutiesStaff", "测试期限模块人员")],
    };

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<DutiesDbContext>(Info, typeof(DutiesModule).Assembly, t => t.Namespace == typeof(DutiesModule).Namespace);
        services.AddSingleton<ChoreFaults>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}

/// <summary>The rules of the test module; none of them is a real statute.</summary>
internal sealed class DutyRules : IDeadlineRuleSource
{
    /// <summary>当日（工作日）: done on the working day it arrives, or the next working day.</summary>
    public const string SameDay = "duties.same-day";

    /// <summary>5 working days, extendable once by 3 working days.</summary>
    public const string FiveWorkingDays = "duties.five-working-days";

    /// <summary>7 calendar days, rolled to the next working day.</summary>
    public const string SevenCalendarDays = "duties.seven-calendar-days";

    /// <summary>10 日 whose unit is unsettled (deadlines.md §9.6).</summary>
    public const string TenUnsettledDays = "duties.ten-unsettled-days";

    /// <summary>3 working days with an explicit reminder lead of 2 hours.</summary>
    public const string ThreeDaysWithLead = "duties.three-days-with-lead";

    /// <summary>7 calendar days; the test profile makes it same-day for referred cases.</summary>
    public const string ReferredReview = "duties.referred-review";

    /// <summary>5 working days, completed as accepted or not; the test profile files accepted linkage cases the same day.</summary>
    public const string Acceptance = "duties.acceptance";

    public const string Accepted = "accepted";

    public const string NotAccepted = "not-accepted";

    /// <summary>A local rule of another city than the fixture's deployment (南昌市).</summary>
    public const string OtherCity = "duties.other-city";

    /// <summary>5 working days, extendable by the parties' agreement to the date they agree.</summary>
    public const string ByAgreement = "duties.by-agreement";

    /// <summary>A rule in force only from 2027.</summary>
    public const string From2027 = "duties.from-2027";

    /// <summary>5 working days before an event (开庭五日前 style): counted back from the event's date.</summary>
    public const string BeforeEvent = "duties.before-event";

    public static readonly DeadlineExtension FiveDayExtension = new(new Period(3, PeriodUnit.WorkingDays), "部门负责人");

    public IEnumerable<DeadlineRule> Rules { get; } =
    [
        Rule(SameDay, "当日审查", new Period(0, PeriodUnit.WorkingDays)),
        Rule(FiveWorkingDays, "五个工作日内答复", new Period(5, PeriodUnit.WorkingDays)) with { Extension = FiveDayExtension },
        Rule(SevenCalendarDays, "七日内作出决定", new Period(7, PeriodUnit.CalendarDays)),
        Rule(TenUnsettledDays, "十日内送达", new Period(10, PeriodUnit.CalendarOrWorkingDays)),
        Rule(ThreeDaysWithLead, "三个工作日内回复", new Period(3, PeriodUnit.WorkingDays)) with { ReminderLead = TimeSpan.FromHours(2) },
        Rule(ReferredReview, "七日内审查", new Period(7, PeriodUnit.CalendarDays)),
        Rule(Acceptance, "五个工作日内作出受理决定", new Period(5, PeriodUnit.WorkingDays)) with
        {
            Outcomes = new Dictionary<string, string> { [Accepted] = "受理", [NotAccepted] = "不予受理" },
        },
        Rule(OtherCity, "上海市的期限", new Period(5, PeriodUnit.WorkingDays)) with { Jurisdiction = "上海市" },
        Rule(ByAgreement, "五个工作日内结束调解", new Period(5, PeriodUnit.WorkingDays)) with { Extension = DeadlineExtension.ByPartiesAgreement() },
        Rule(From2027, "2027年起施行的期限", new Period(5, PeriodUnit.WorkingDays)) with { EffectiveFrom = new DateOnly(2027, 1, 1) },
        Rule(BeforeEvent, "活动五个工作日前通知", new Period(5, PeriodUnit.WorkingDays)) with
        {
            Direction = CountDirection.Backward,
            RollForward = RollForward.None,
        },
    ];

    private static DeadlineRule Rule(string id, string title, Period period) =>
        new(id, title, "收到材料之日", period, DutyHolder.OwnAgency, "《测试规则》第一条", LegalBasisCertainty.Primary);
}

internal sealed class Matter
{
    public Guid Id { get; init; }

    public required string LinkageNumber { get; init; }
}

/// <summary>A chore done by scheduled work; counted to prove it is done once.</summary>
internal sealed class ChoreDone
{
    public Guid Id { get; init; }

    public required string Chore { get; init; }

    public DateTimeOffset DoneAt { get; init; }
}

internal sealed class DutiesDbContext(DbContextOptions<DutiesDbContext> options) : ModuleDbContext(options, DutiesModule.Descriptor)
{
    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<ChoreDone> ChoresDone => Set<ChoreDone>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Matter>().ToTable("Matters");
        modelBuilder.Entity<ChoreDone>().ToTable("ChoresDone");
    }
}

/// <summary>Asks, in the module's own transaction, for a chore to be done later; <see cref="FailAfterScheduling"/> rolls it back.</summary>
internal sealed record ScheduleChoreCommand(string Chore, TimeSpan After, bool FailAfterScheduling = false) : ICommand<MediatR.Unit>;

internal sealed class ScheduleChoreHandler(DutiesDbContext db, WorkScheduler scheduler, TimeProvider time) : IRequestHandler<ScheduleChoreCommand, MediatR.Unit>
{
    public Task<MediatR.Unit> Handle(ScheduleChoreCommand request, CancellationToken cancellationToken)
    {
        scheduler.Schedule(db, new DoChoreCommand(request.Chore), time.GetUtcNow() + request.After, key: $"chore/{request.Chore}");
        if (request.FailAfterScheduling)
        {
            throw new InvalidOperationException("Simulated failure after scheduling.");
        }

        return MediatR.Unit.Task;
    }
}

/// <summary>Cancels the pending chore of that name.</summary>
internal sealed record CancelChoreCommand(string Chore) : ICommand<MediatR.Unit>;

internal sealed class CancelChoreHandler(DutiesDbContext db, WorkScheduler scheduler) : IRequestHandler<CancelChoreCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CancelChoreCommand request, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(db, $"chore/{request.Chore}", cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>The scheduled work itself. <see cref="ChoreFaults"/> can make it fail.</summary>
[ScheduledCommandName("duties.do-chore.v1")]
internal sealed record DoChoreCommand(string Chore) : ICommand<MediatR.Unit>;

internal sealed class DoChoreHandler(DutiesDbContext db, TimeProvider time, ChoreFaults faults) : IRequestHandler<DoChoreCommand, MediatR.Unit>
{
    public Task<MediatR.Unit> Handle(DoChoreCommand request, CancellationToken cancellationToken)
    {
        db.ChoresDone.Add(new ChoreDone { Id = Guid.NewGuid(), Chore = request.Chore, DoneAt = time.GetUtcNow() });
        faults.Invoked(request.Chore);
        return MediatR.Unit.Task;
    }
}

/// <summary>Makes the next N chores throw, or every run of one chore.</summary>
public sealed class ChoreFaults
{
    private int remaining;
    private string? failingChore;

    public void FailNext(int times) => remaining = times;

    public void FailAlwaysOn(string chore) => failingChore = chore;

    internal void Invoked(string chore)
    {
        if (remaining > 0 || chore == failingChore)
        {
            remaining = Math.Max(0, remaining - 1);
            throw new InvalidOperationException("Simulated chore failure.");
        }
    }
}

internal sealed record StartedDuty(Guid MatterId, Guid DeadlineId, string LinkageNumber);

/// <summary>Opens a matter (with a linkage number) and starts the given rule's deadline on it, triggered now.</summary>
internal sealed record StartDutyCommand(string RuleId, params string[] Traits) : ICommand<StartedDuty>;

internal sealed class StartDutyHandler(DutiesDbContext db, DeadlineTracker deadlines, LinkageNumberIssuer linkageNumbers, TimeProvider time)
    : IRequestHandler<StartDutyCommand, StartedDuty>
{
    public async Task<StartedDuty> Handle(StartDutyCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var matter = new Matter { Id = Guid.CreateVersion7(now), LinkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken) };
        db.Matters.Add(matter);
        var subject = new DeadlineSubject(nameof(Matter), matter.Id, matter.LinkageNumber, $"事项 {matter.LinkageNumber}") { Traits = request.Traits };
        var deadline = await deadlines.StartAsync(db, request.RuleId, now, subject, cancellationToken);
        return new StartedDuty(matter.Id, deadline.Id, matter.LinkageNumber);
    }
}

/// <summary>Opens a matter and starts the given (backward) rule's deadline on it, triggered by an event at <paramref name="EventAt"/>.</summary>
internal sealed record StartDutyBeforeEventCommand(string RuleId, DateTimeOffset EventAt) : ICommand<StartedDuty>;

internal sealed class StartDutyBeforeEventHandler(DutiesDbContext db, DeadlineTracker deadlines, LinkageNumberIssuer linkageNumbers, TimeProvider time)
    : IRequestHandler<StartDutyBeforeEventCommand, StartedDuty>
{
    public async Task<StartedDuty> Handle(StartDutyBeforeEventCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var matter = new Matter { Id = Guid.CreateVersion7(now), LinkageNumber = await linkageNumbers.IssueAsync(db, cancellationToken) };
        db.Matters.Add(matter);
        var subject = new DeadlineSubject(nameof(Matter), matter.Id, matter.LinkageNumber, $"事项 {matter.LinkageNumber}");
        var deadline = await deadlines.StartAsync(db, request.RuleId, request.EventAt, subject, cancellationToken);
        return new StartedDuty(matter.Id, deadline.Id, matter.LinkageNumber);
    }
}

/// <summary>The duty was done (with an outcome, if given); returns whether every discharged deadline was still on time.</summary>
internal sealed record CompleteDutyCommand(Guid MatterId, string RuleId, string? Outcome = null) : ICommand<bool>;

internal sealed class CompleteDutyHandler(DutiesDbContext db, DeadlineTracker deadlines) : IRequestHandler<CompleteDutyCommand, bool>
{
    public async Task<bool> Handle(CompleteDutyCommand request, CancellationToken cancellationToken)
    {
        var completed = await deadlines.CompleteAsync(db, request.MatterId, request.RuleId, request.Outcome, cancellationToken);
        return completed.Count > 0 && completed.All(d => d.MissedAt is null && !d.LateUnderPolicy);
    }
}

/// <summary>The same reply, as another module would handle it; it must arrive only when addressed to this module.</summary>
[IntegrationEventHandlerName("duties.record-answer")]
internal sealed class NoteAnsweredByDuties(DutiesDbContext db, TimeProvider time) : IIntegrationEventHandler<Contracts.NoteAnsweredIntegrationEvent>
{
    public Task HandleAsync(Contracts.NoteAnsweredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.ChoresDone.Add(new ChoreDone { Id = Guid.NewGuid(), Chore = "answer", DoneAt = time.GetUtcNow() });
        return Task.CompletedTask;
    }
}
