using System.Globalization;
using System.Text.RegularExpressions;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>
/// 联动编号: the city-wide number a worker's matter keeps from its first intake, e.g. "360100-ZC-2026-000123"
/// (division code, the intake module's two-letter code from its descriptor, year, sequence). The module part makes
/// numbers issued by different modules distinct without a shared counter, so each module issues numbers inside its
/// own transaction.
/// </summary>
public static partial class LinkageNumber
{
    public static string Format(string divisionCode, string agencyCode, int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{divisionCode}-{agencyCode}-{year:D4}-{sequence:D6}");

    public static bool IsWellFormed(string? value) => value is not null && Pattern().IsMatch(value);

    public static bool IsValidAgencyCode(string? code) => code is not null && AgencyCodePattern().IsMatch(code);

    // [0-9] and [A-Z], not \d or \p{Lu} (which also match full-width and other Unicode characters); \z, not $ (which
    // allows a final line break).
    [GeneratedRegex(@"^[0-9]{6}-[A-Z]{2}-[0-9]{4}-[0-9]{6,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCodePattern();
}
