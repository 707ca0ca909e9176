namespace Monolith.Modules.Inspection;

/// <summary>
/// The county-level divisions (GB/T 2260) of the deploying city, for the district of a case. The list is the
/// deployment's: cities differ. Codes of 南昌市 (360100) after the 2019 merger of 湾里区 into 新建区.
/// </summary>
internal static class Districts
{
    private static readonly Dictionary<string, IReadOnlyList<(string Code, string Name)>> ByCity = new(StringComparer.Ordinal)
    {
        ["360100"] =
        [
            ("360102", "东湖区"), ("360103", "西湖区"), ("360104", "青云谱区"), ("360111", "青山湖区"), ("360112", "新建区"),
            ("360113", "红谷滩区"), ("360121", "南昌县"), ("360123", "安义县"), ("360124", "进贤县"),
        ],
    };

    /// <summary>The districts of the city with that division code; empty for a city not listed (any 6-digit code of the city is then accepted).</summary>
    public static IReadOnlyList<(string Code, string Name)> Of(string cityDivisionCode) =>
        ByCity.TryGetValue(cityDivisionCode, out var list) ? list : [];

    /// <summary>Whether a district code belongs to the city: a listed district, or for an unlisted city the same first four digits.</summary>
    public static bool BelongsTo(string? districtCode, string cityDivisionCode)
    {
        if (districtCode is not { Length: 6 } || !districtCode.All(char.IsAsciiDigit) || cityDivisionCode.Length != 6)
        {
            return false;
        }

        var listed = Of(cityDivisionCode);
        return listed.Count > 0
            ? listed.Any(d => d.Code == districtCode)
            : districtCode.StartsWith(cityDivisionCode[..4], StringComparison.Ordinal) && districtCode != cityDivisionCode;
    }

    public static string Name(string? districtCode, string cityDivisionCode) =>
        Of(cityDivisionCode).FirstOrDefault(d => d.Code == districtCode).Name ?? districtCode ?? string.Empty;
}
