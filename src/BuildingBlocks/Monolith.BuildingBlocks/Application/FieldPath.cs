namespace Monolith.BuildingBlocks.Application;

/// <summary>
/// Converts between the C# property path of a command ("Applicant.IdNumber", "Claims[0].Amount"), the JSON path a
/// client sent ("applicant.idNumber") and the name of a form field bound to an input model ("Input.Applicant.IdNumber").
/// </summary>
public static class FieldPath
{
    public static string ToJsonPath(string propertyPath) => MapSegments(propertyPath, char.ToLowerInvariant);

    /// <summary>The form field for a JSON path when the form's input model <paramref name="input"/> mirrors the command.</summary>
    public static string ToFormField(string? input, string jsonPath)
    {
        var property = MapSegments(jsonPath, char.ToUpperInvariant);
        return string.IsNullOrEmpty(input) ? property : $"{input}.{property}";
    }

    private static string MapSegments(string path, Func<char, char> first)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : first(segment[0]) + segment[1..]));
    }
}
