using System.Globalization;
using Monolith.BuildingBlocks.Application;

namespace Monolith.Modules.Union.Areas.Union.Pages;

/// <summary>
/// Forms with a fixed number of rows send only the rows filled in; a message about "participants[1].name" belongs to
/// the form row that item came from.
/// </summary>
internal static class Rows
{
    public static List<int> Filled<T>(IReadOnlyList<T> rows, Func<T, bool> isBlank) =>
        [.. rows.Select((row, index) => (row, index)).Where(r => !isBlank(r.row)).Select(r => r.index)];

    /// <param name="path">The JSON path of the message, e.g. "participants[1].name".</param>
    /// <param name="list">The command's list, e.g. "participants".</param>
    /// <param name="field">The form's list, e.g. "Input.Participants".</param>
    /// <param name="rows">Form row of each item sent.</param>
    public static string? Field(string path, string list, string field, IReadOnlyList<int> rows)
    {
        if (path == list)
        {
            return field;
        }

        if (!path.StartsWith(list + "[", StringComparison.Ordinal) || path.IndexOf(']', StringComparison.Ordinal) is not (var close and > 0)
            || !int.TryParse(path.AsSpan(list.Length + 1, close - list.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= rows.Count)
        {
            return null;
        }

        var rest = path[(close + 1)..].TrimStart('.');
        return rest.Length == 0 ? $"{field}[{rows[index]}]" : $"{field}[{rows[index]}].{FieldPath.ToFormField(null, rest)}";
    }
}
