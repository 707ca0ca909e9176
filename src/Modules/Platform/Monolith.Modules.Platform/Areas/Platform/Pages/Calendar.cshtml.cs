using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform.Calendar;

namespace Monolith.Modules.Platform.Areas.Platform.Pages;

internal sealed class CalendarInput
{
    public int Year { get; set; }

    public string? Source { get; set; }

    /// <summary>One date a line: "2027-01-01 PublicHoliday 元旦".</summary>
    public string? Days { get; set; }
}

/// <summary>Shows a year's holiday schedule and publishes or corrects it (PublishCalendarYearCommand).</summary>
internal sealed class CalendarModel(WorkingDayCalendarProvider calendars, DeploymentClock clock) : CommandPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public CalendarInput Input { get; set; } = new();

    public CalendarYearSchedule? Schedule { get; private set; }

    public IReadOnlyCollection<int> PublishedYears { get; private set; } = [];

    public IReadOnlyList<int> YearLinks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new CalendarInput
        {
            Year = Year!.Value,
            Source = Schedule?.Source,
            Days = Schedule is null ? null : Format(Schedule.Days),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Year = Input.Year;
        var (days, _, parseErrors) = Parse(Input.Days);
        foreach (var error in parseErrors)
        {
            ModelState.AddModelError("Input.Days", error);
        }

        return await SendAsync(
            new PublishCalendarYearCommand(Input.Year, Input.Source?.Trim(), days),
            $"已发布{Input.Year}年节假日安排（{days.Count}个日期）。",
            routeValues: new { year = Input.Year });
    }

    /// <summary>An error in the n-th date is shown on the text box with the line it was typed on.</summary>
    protected override void AddValidationErrors(RequestValidationException invalid, string? input)
    {
        var (_, lines, _) = Parse(Input.Days);
        foreach (var (path, messages) in invalid.Errors)
        {
            var (field, prefix) = FieldFor(path, lines);
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, prefix + message);
            }
        }
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        Year ??= clock.Today.Year;
        Schedule = calendar.Schedule(Year.Value);
        PublishedYears = calendar.Years;
        YearLinks = calendar.Years.Append(clock.Today.Year).Append(clock.Today.Year + 1).Append(Year.Value).Distinct().Order().ToList();
        return true;
    }

    private static (string Field, string Prefix) FieldFor(string path, List<int> lines)
    {
        if (path == "source")
        {
            return ("Input.Source", string.Empty);
        }

        if (path.StartsWith("days[", StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            if (close > 5 && int.TryParse(path.AsSpan(5, close - 5), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < lines.Count)
            {
                return ("Input.Days", $"第{lines[index]}行：");
            }
        }

        return path.StartsWith("days", StringComparison.Ordinal) ? ("Input.Days", string.Empty) : (string.Empty, string.Empty);
    }

    private static string Format(IEnumerable<CalendarDayEntry> days)
    {
        var text = new StringBuilder();
        foreach (var day in days.OrderBy(d => d.Date))
        {
            text.Append(CultureInfo.InvariantCulture, $"{day.Date:yyyy-MM-dd} {day.Kind} {day.Name}").Append('\n');
        }

        return text.ToString();
    }

    /// <returns>The dates, the line number of each, and the lines that could not be read.</returns>
    private static (List<CalendarDayInput> Days, List<int> Lines, List<string> Errors) Parse(string? text)
    {
        var days = new List<CalendarDayInput>();
        var lines = new List<int>();
        var errors = new List<string>();
        var number = 0;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split([' ', '\t', '　'], 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add($"第{number}行：日期“{parts[0]}”应写作 yyyy-MM-dd。");
                continue;
            }

            CalendarDayKind? kind = parts.Length < 2 ? null : parts[1] switch
            {
                "PublicHoliday" or "休" or "法定休假日" => CalendarDayKind.PublicHoliday,
                "MakeUpWorkday" or "班" or "调休上班" => CalendarDayKind.MakeUpWorkday,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add($"第{number}行：类型应为 PublicHoliday（休）或 MakeUpWorkday（班）。");
                continue;
            }

            days.Add(new CalendarDayInput(date, kind.Value, parts.Length > 2 ? parts[2] : null));
            lines.Add(number);
        }

        return (days, lines, errors);
    }
}
