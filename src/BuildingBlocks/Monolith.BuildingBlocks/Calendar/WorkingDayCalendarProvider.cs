namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// The working-day calendar as stored, cached briefly so deadline computations do not query it each time. A host that
/// did not make a change itself sees it within <see cref="MaxAge"/>.
/// </summary>
public sealed class WorkingDayCalendarProvider(ICalendarStore store, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private (WorkingDayCalendar Calendar, DateTimeOffset LoadedAt)? cached;

    public async ValueTask<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var current = cached;
        if (current is { } c && time.GetUtcNow() - c.LoadedAt < MaxAge)
        {
            return c.Calendar;
        }

        var calendar = new WorkingDayCalendar(await store.LoadAsync(cancellationToken));
        cached = (calendar, time.GetUtcNow());
        return calendar;
    }

    public void Invalidate() => cached = null;
}
