using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;

namespace Monolith.Modules.Platform.Calendar;

internal sealed record CalendarYearView(int Year, string Source, bool Provisional, IReadOnlyList<CalendarDayEntry> Days);

internal sealed record PublishCalendarYearBody(string? Source, IReadOnlyList<CalendarDayInput>? Days);

internal static class CalendarEndpoints
{
    /// <summary>The working-day calendar for any staff member (/api/calendar), its administration for administrators.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder admin)
    {
        var calendar = endpoints.MapGroup("/api/calendar").WithTags("Calendar").RequireAuthorization();
        calendar.MapGet("/{year:int}", async (int year, WorkingDayCalendarProvider calendars, CancellationToken ct) =>
        {
            var current = await calendars.GetAsync(ct);
            var schedule = current.Schedule(year);
            return schedule is null
                ? new CalendarYearView(year, "尚未公布：按周一至周五为工作日暂定计算", true, [])
                : new CalendarYearView(year, schedule.Source, false, schedule.Days);
        });
        calendar.MapGet("/days/{date}", async (DateOnly date, WorkingDayCalendarProvider calendars, CancellationToken ct) =>
            ServiceDates.Contains(date)
                ? (await calendars.GetAsync(ct)).Describe(date)
                : throw RequestValidationException.For("date", ServiceDates.Message));

        admin.MapPut("/calendar/{year:int}", async (int year, PublishCalendarYearBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new PublishCalendarYearCommand(year, body.Source, body.Days), ct);
            return TypedResults.NoContent();
        });
    }
}
