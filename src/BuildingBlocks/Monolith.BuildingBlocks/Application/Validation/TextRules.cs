using System.Globalization;
using System.Text;
using FluentValidation;

namespace Monolith.BuildingBlocks.Application.Validation;

/// <summary>
/// What text the service stores. No text anywhere may hold control characters (NUL, ESC, …; line breaks and tabs only
/// in multi-line text), Unicode format characters (bidi overrides such as U+202E, zero-width characters, the BOM), or a
/// broken surrogate pair: they hide or reorder what staff read, and break logs and exports. Every string of every
/// request is checked by the validation behaviour (<see cref="InputGuard"/>); a person's or organisation's name is
/// also one line (<see cref="NameText{T}"/>). Private-use characters stay allowed: rare characters of Chinese names
/// are often encoded there.
/// </summary>
public static class TextRules
{
    public const string MultiLineMessage = "不能包含控制字符或不可见的格式字符（如零宽字符、文字方向控制符）。";
    public const string NameMessage = "不能包含换行、制表符、控制字符或不可见的格式字符（如零宽字符、文字方向控制符）。";

    /// <summary>Null when <paramref name="value"/> is acceptable; else the Chinese message.</summary>
    public static string? Problem(string value, bool multiLine)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return multiLine ? MultiLineMessage : NameMessage;
            }

            var category = Rune.GetUnicodeCategory(rune);
            var lineBreakOrTab = rune.Value is '\r' or '\n' or '\t';
            if ((category == UnicodeCategory.Control && !(multiLine && lineBreakOrTab))
                || category == UnicodeCategory.Format
                || (!multiLine && category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
            {
                return multiLine ? MultiLineMessage : NameMessage;
            }

            i += consumed - 1;
        }

        return null;
    }

    /// <summary>
    /// A person's or organisation's name (申请人姓名, 用人单位名称, 执业机构, 批准人 …): one line, none of the characters
    /// above. Combine with NotEmpty and MaximumLength as the field needs.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NameText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || Problem(value, multiLine: false) is null).WithMessage("{PropertyName}" + NameMessage);
}
