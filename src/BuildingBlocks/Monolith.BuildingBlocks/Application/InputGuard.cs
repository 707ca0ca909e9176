using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Monolith.BuildingBlocks.Application.Validation;

namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// The dates the service computes with: 1900-01-01 to 2199-12-31. Outside them a period counted forward or back
/// would leave the calendar (DateOnly ends at 9999-12-31), and no labour matter has such a date.
/// </summary>
public static class ServiceDates
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2199, 12, 31);

    public const string Message = "日期超出可受理的范围（1900-01-01 至 2199-12-31）。";

    public static bool Contains(DateOnly date) => date >= First && date <= Last;
}

/// <summary>
/// Checks, before any validator or handler sees a request, what no request of any module may hold, wherever it sits
/// in the request (nested records, lists): a string with control, bidi or zero-width characters (<see cref="TextRules"/>),
/// a null element in a list, a date outside <see cref="ServiceDates"/>, an enum value the enum does not define (JSON
/// binds any number to an enum), paging outside <see cref="PageRequest"/>'s bounds. Each problem is keyed by the field's JSON path ("claims[0]", "applicant.name"), so every 400 names its
/// field, and module validators can assume sane values.
/// </summary>
internal static class InputGuard
{
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static Dictionary<string, string[]> Check(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        foreach (var property in PropertiesOf(request.GetType()))
        {
            Visit(property.GetValue(request), property.Name, 0, errors);
        }

        return errors;
    }

    private static void Visit(object? value, string path, int depth, Dictionary<string, string[]> errors)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (TextRules.Problem(text, multiLine: true) is { } problem)
                {
                    Add(errors, path, problem);
                }

                return;
            case DateOnly date:
                CheckDate(date, path, errors);
                return;
            case DateTime dateTime:
                CheckDate(DateOnly.FromDateTime(dateTime), path, errors);
                return;
            case DateTimeOffset instant:
                CheckDate(DateOnly.FromDateTime(instant.UtcDateTime), path, errors);
                return;
            case Enum member when !IsDefined(member):
                Add(errors, path, UndefinedEnumMessage);
                return;
            case PageRequest page:
                foreach (var (field, message) in page.Problems())
                {
                    errors[field] = [message];
                }

                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = $"{path}[{index++}]";
                if (item is null)
                {
                    Add(errors, itemPath, "不能为空。");
                }
                else
                {
                    Visit(item, itemPath, depth + 1, errors);
                }
            }

            return;
        }

        var type = value.GetType();
        if (type.Assembly.GetName().Name?.StartsWith("Monolith.", StringComparison.Ordinal) != true || type.IsEnum)
        {
            return;
        }

        foreach (var property in PropertiesOf(type))
        {
            Visit(property.GetValue(value), $"{path}.{property.Name}", depth + 1, errors);
        }
    }

    public const string UndefinedEnumMessage = "不是可选的值。";

    /// <summary>A named member, or for a [Flags] enum a combination of named bits.</summary>
    private static bool IsDefined(Enum member)
    {
        var type = member.GetType();
        if (!type.IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            return Enum.IsDefined(type, member);
        }

        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (bits, value) => bits | Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture));
        return (Convert.ToUInt64(member, System.Globalization.CultureInfo.InvariantCulture) & ~all) == 0;
    }

    private static void CheckDate(DateOnly date, string path, Dictionary<string, string[]> errors)
    {
        if (!ServiceDates.Contains(date))
        {
            Add(errors, path, ServiceDates.Message);
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string path, string message) =>
        errors[FieldPath.ToJsonPath(path)] = [message];

    private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]);
}
