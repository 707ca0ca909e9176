namespace Monolith.BuildingBlocks.Calendar;

/// <summary>
/// Where the published holiday schedules are kept (the platform module's tables). Deadline computation in every module
/// reads them through <see cref="WorkingDayCalendarProvider"/>.
/// </summary>
public interface ICalendarStore
{
    Task<IReadOnlyList<CalendarYearSchedule>> LoadAsync(CancellationToken cancellationToken);
}
