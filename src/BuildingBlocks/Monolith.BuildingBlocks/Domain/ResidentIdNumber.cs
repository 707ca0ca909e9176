using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace Monolith.BuildingBlocks.Domain;

/// <summary>
/// 居民身份证号 (GB 11643-1999 公民身份号码): 6-digit address code, 8-digit date of birth (yyyyMMdd), 3-digit
/// sequence, and an ISO 7064 MOD 11-2 check character.
/// </summary>
public static class ResidentIdNumber
{
    private const string FormatError = "居民身份证号应为18位，前17位为数字，末位为数字或X";
    private const string AddressCodeError = "居民身份证号的地址码无效";
    private const string BirthDateError = "居民身份证号中的出生日期无效";
    private const string CheckDigitError = "居民身份证号校验码错误";
    private const string CheckDigits = "10X98765432";

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>The province-level codes of GB/T 2260 (71 台湾, 81 香港, 82 澳门 included).</summary>
    private static readonly FrozenSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    public static bool IsValid(string? value) => Validate(value) is null;

    public static bool IsValid(string? value, DateOnly today) => Validate(value, today) is null;

    /// <summary>Validates against today's date (<see cref="DateTime.Today"/>).</summary>
    public static string? Validate(string? value) => Validate(value, DateOnly.FromDateTime(DateTime.Today));

    /// <returns>Null when valid, else a Chinese message naming the first problem found.</returns>
    public static string? Validate(string? value, DateOnly today)
    {
        if (value is null)
        {
            return FormatError;
        }

        var id = Normalise(value);
        if (id.Length != 18 || id.AsSpan(0, 17).ContainsAnyExcept(Digits) || (!char.IsAsciiDigit(id[17]) && id[17] != 'X'))
        {
            return FormatError;
        }

        if (!ProvinceCodes.Contains(int.Parse(id.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            return AddressCodeError;
        }

        if (BirthDate(id) is not { } birth || birth < EarliestBirthDate || birth > today)
        {
            return BirthDateError;
        }

        return ComputeCheckDigit(id[..17]) == id[17] ? null : CheckDigitError;
    }

    /// <summary>Trims surrounding white space and upper-cases, so a final 'x' becomes 'X'.</summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    /// <summary>The check character for the first 17 digits: Σ(digit × weight) mod 11 indexes "10X98765432".</summary>
    /// <exception cref="ArgumentException">The input is not exactly 17 ASCII digits.</exception>
    public static char ComputeCheckDigit(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || first17.AsSpan().ContainsAnyExcept(Digits))
        {
            throw new ArgumentException("Expected the first 17 digits of a resident ID number.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckDigits[sum % 11];
    }

    /// <summary>The date of birth in positions 7–14, or null if there is no such calendar date. No range check.</summary>
    public static DateOnly? BirthDate(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var id = Normalise(value);
        return id.Length == 18
            && DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            ? birth
            : null;
    }

    /// <summary>First 6 + "********" + last 4, for display to those who need not see the whole number.</summary>
    /// <exception cref="ArgumentException">The value is not 18 characters long.</exception>
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var id = Normalise(value);
        if (id.Length != 18)
        {
            throw new ArgumentException("Expected an 18-character resident ID number.", nameof(value));
        }

        return string.Concat(id.AsSpan(0, 6), "********", id.AsSpan(14));
    }
}
