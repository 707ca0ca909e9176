using System.Text.RegularExpressions;

namespace Monolith.BuildingBlocks.Domain;

/// <summary>Mainland contact numbers: mobile (1[3-9] + 9 digits) or landline (0 + 2–3 digit area code, optional '-', 7–8 digits).</summary>
public static partial class ChinesePhoneNumber
{
    private const string FormatError = "联系电话格式无效（手机号11位或区号-座机号）";

    public static bool IsValid(string? value) => Validate(value) is null;

    /// <returns>Null when valid (surrounding white space ignored), else a Chinese message.</returns>
    public static string? Validate(string? value)
    {
        if (value is null)
        {
            return FormatError;
        }

        var trimmed = value.Trim();
        return Mobile().IsMatch(trimmed) || Landline().IsMatch(trimmed) ? null : FormatError;
    }

    /// <summary>Mobile "138****1234"; landline area code + "-****" + last 4 digits, e.g. "0791-****5678".</summary>
    /// <exception cref="ArgumentException">The value is not a valid number.</exception>
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        if (Mobile().IsMatch(trimmed))
        {
            return string.Concat(trimmed.AsSpan(0, 3), "****", trimmed.AsSpan(7));
        }

        var landline = Landline().Match(trimmed);
        if (!landline.Success)
        {
            throw new ArgumentException("Not a valid mainland phone number.", nameof(value));
        }

        var local = landline.Groups["local"].Value;
        return string.Concat(landline.Groups["area"].Value, "-****", local.AsSpan(local.Length - 4));
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex("^(?<area>0[0-9]{2,3})-?(?<local>[0-9]{7,8})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Landline();
}
