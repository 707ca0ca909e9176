using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Calendar;

public sealed record CalendarYearView(int Year, string Source, bool Provisional, IReadOnlyList<CalendarDayEntry> Days);

public static class CalendarEndpoints
{
    /// <summary>The working-day calendar (any staff member) and its administration (administrators).</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
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
            (await calendars.GetAsync(ct)).Describe(date));

        endpoints.MapGet("/api/deadline-rules", (DeadlineCatalogue catalogue) => new
        {
            profile = catalogue.ProfileName,
            rules = catalogue.Entries.OrderBy(e => e.Statutory.Agency).ThenBy(e => e.Statutory.Id).Select(e => new
            {
                e.Statutory.Id,
                e.Statutory.Agency,
                e.Statutory.Title,
                e.Statutory.Trigger,
                StatutoryPeriod = e.Statutory.Period.ToString(),
                EffectivePeriod = e.Effective.Period.ToString(),
                e.Statutory.Holder,
                e.Effective.LegalBasis,
                e.Statutory.Certainty,
                Extension = e.Statutory.Extension is { } x ? $"{x.Period}（{x.ApprovedBy}批准）" : null,
                e.Overridden,
            }),
        }).WithTags("Calendar").RequireAuthorization();

        endpoints.MapPut("/api/admin/calendar/{year:int}", async (int year, PublishCalendarYearBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new PublishCalendarYearCommand(year, body.Source, body.Days), ct);
            return Results.NoContent();
        }).WithTags("Administration").RequireAuthorization(WebServiceCollectionExtensions.AdministratorPolicy);
        return endpoints;
    }
}

public sealed record PublishCalendarYearBody(string? Source, IReadOnlyList<CalendarDayInput>? Days);
