using System.Text.RegularExpressions;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>
/// 行政区划代码 (GB/T 2260): six digits, province–prefecture–county. Organisations are registered in the deploying city
/// (南昌市, 360100) or one of its districts and counties; the table holds those codes, after the 2019 changes (湾里区
/// 360105 abolished and merged into 新建区; 红谷滩区 360113 established). A deployment in another city needs its own table.
/// </summary>
internal static partial class DivisionCodes
{
    public static IReadOnlyDictionary<string, string> Nanchang { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["360100"] = "南昌市",
        ["360102"] = "东湖区",
        ["360103"] = "西湖区",
        ["360104"] = "青云谱区",
        ["360111"] = "青山湖区",
        ["360112"] = "新建区",
        ["360113"] = "红谷滩区",
        ["360121"] = "南昌县",
        ["360123"] = "安义县",
        ["360124"] = "进贤县",
    };

    /// <summary>Six digits whose province part is a province-level code (11–82) and whose parts are not all zero below it.</summary>
    public static bool IsWellFormed(string? code) => code is not null && Format().IsMatch(code);

    /// <summary>Null if the code is a known division of the city; otherwise why not, in Chinese.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "请填写行政区划代码。";
        }

        if (!IsWellFormed(code))
        {
            return "行政区划代码应为6位数字（GB/T 2260），前两位为省级代码。";
        }

        return Nanchang.ContainsKey(code) ? null : $"{code}不是南昌市或其所辖区、县的行政区划代码。";
    }

    /// <summary>"南昌市红谷滩区" for 360113, "南昌市" for 360100; the code itself if unknown.</summary>
    public static string Name(string code) =>
        !Nanchang.TryGetValue(code, out var name) ? code : code == "360100" ? name : Nanchang["360100"] + name;

    [GeneratedRegex("^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])[0-9]{4}$")]
    private static partial Regex Format();
}
