using System.Buffers;

namespace Monolith.BuildingBlocks.Domain;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): registration-authority code (position 1), organisation-type code (2),
/// administrative-division code (3–8, digits), subject identification code (9–17), check character (18).
/// </summary>
/// <remarks>
/// Positions 1 and 2 accept any character of the code set: the national table of authority and type codes has
/// grown since 2015 and a stale list here would reject real organisations. The organisation code in positions 9–17
/// carries its own GB 11714 check character, which is not verified here either.
/// </remarks>
public static class UnifiedSocialCreditCode
{
    /// <summary>The 31 characters of the code set: digits and upper-case letters except I, O, Z, S, V.</summary>
    public const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const string FormatError = "统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、Z、S、V）";
    private const string DivisionCodeError = "统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字";
    private const string CheckCharacterError = "统一社会信用代码校验位错误";

    private static readonly SearchValues<char> CodeSet = SearchValues.Create(CodeCharacters);
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? value) => Validate(value) is null;

    /// <returns>Null when valid, else a Chinese message naming the first problem found.</returns>
    public static string? Validate(string? value)
    {
        if (value is null)
        {
            return FormatError;
        }

        var code = Normalise(value);
        if (code.Length != 18 || code.AsSpan().ContainsAnyExcept(CodeSet))
        {
            return FormatError;
        }

        if (code.AsSpan(2, 6).ContainsAnyExcept(Digits))
        {
            return DivisionCodeError;
        }

        return ComputeCheckCharacter(code[..17]) == code[17] ? null : CheckCharacterError;
    }

    /// <summary>Trims surrounding white space and upper-cases.</summary>
    public static string Normalise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    /// <summary>The check character: (31 − Σ(value × weight) mod 31) mod 31, as a code character.</summary>
    /// <exception cref="ArgumentException">The input is not 17 characters of the code set.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || first17.AsSpan().ContainsAnyExcept(CodeSet))
        {
            throw new ArgumentException("Expected the first 17 characters of a unified social credit code.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CodeCharacters.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return CodeCharacters[(31 - (sum % 31)) % 31];
    }
}
