using System.Globalization;

namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>A length of time in one unit, e.g. 7日 or 3个工作日.</summary>
public sealed record Period(int Value, PeriodUnit Unit)
{
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Value { get; } = Value >= 0
        ? Value
        : throw new ArgumentOutOfRangeException(nameof(Value), Value, "A period cannot be negative.");

    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined <see cref="PeriodUnit"/>.</exception>
    public PeriodUnit Unit { get; } = Enum.IsDefined(Unit)
        ? Unit
        : throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown period unit.");

    /// <summary>The Chinese wording: "7日", "3个工作日", "5日（工作日/自然日待核实）", "2个月", "1年", "当日（工作日）".</summary>
    public override string ToString() => (Value, Unit) switch
    {
        (0, PeriodUnit.WorkingDays) => "当日（工作日）",
        (0, PeriodUnit.CalendarDays) => "当日",
        (_, PeriodUnit.CalendarDays) => Text("日"),
        (_, PeriodUnit.WorkingDays) => Text("个工作日"),
        (_, PeriodUnit.CalendarOrWorkingDays) => Text("日（工作日/自然日待核实）"),
        (_, PeriodUnit.Months) => Text("个月"),
        _ => Text("年"),
    };

    private string Text(string suffix) => Value.ToString(CultureInfo.InvariantCulture) + suffix;
}
