namespace Monolith.BuildingBlocks.Application;

/// <summary>Turns a C# property path ("Applicant.IdNumber", "Claims[0].Amount") into the JSON path a client sent.</summary>
public static class FieldPath
{
    public static string ToJsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
