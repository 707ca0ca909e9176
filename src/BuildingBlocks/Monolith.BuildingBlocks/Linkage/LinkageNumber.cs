using System.Globalization;
using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Contracts;

namespace Monolith.BuildingBlocks.Linkage;

/// <summary>
/// 联动编号: the city-wide number a worker's matter keeps from its first intake, e.g. "360100-ZC-2026-000123"
/// (division code, intake agency, year, sequence). The agency part makes numbers issued by different modules distinct
/// without a shared counter, so each module issues numbers inside its own transaction.
/// </summary>
public static partial class LinkageNumber
{
    public static string AgencyCode(Agency agency) => agency switch
    {
        Agency.Inspection => "JC",
        Agency.Arbitration => "ZC",
        Agency.Union => "GH",
        Agency.LegalAid => "FY",
        Agency.Mediation => "TJ",
        Agency.Supervision => "JD",
        Agency.JointWindow => "CK",
        _ => throw new ArgumentOutOfRangeException(nameof(agency), agency, null),
    };

    public static string Format(string divisionCode, Agency agency, int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{divisionCode}-{AgencyCode(agency)}-{year:D4}-{sequence:D6}");

    public static bool IsWellFormed(string? value) => value is not null && Pattern().IsMatch(value);

    // [0-9], not \d (which also matches full-width and other Unicode digits); \z, not $ (which allows a final line break).
    [GeneratedRegex(@"^[0-9]{6}-(JC|ZC|GH|FY|TJ|JD|CK)-[0-9]{4}-[0-9]{6,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
