// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>All codes here are synthetic.</summary>
public sealed class UnifiedSocialCreditCodeTests
{
    private const string CodeSet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    [Theory]
    // Σ value×weight = 9×1 + 1×3 + 3×9 + 6×27 + 0×19 + 1×26 + 0×16 + 4×17 + 0 … = 295; 295 mod 31 = 16; 31 − 16 = 15 → 'F'.
    [InlineData("91360104000000000F")]
    [InlineData("91360102MA35ABCD1N")]
    [InlineData("91360111MA38XYW07U")]
    [InlineData("523600005000123455")]
    [InlineData("Y1360100H12345678C")]
    [InlineData("A1360100000000001P")] // any code character is accepted in positions 1 and 2
    public void Synthetic_codes_with_the_right_check_character_are_valid(string value)
    {
        Assert.Null(UnifiedSocialCreditCode.Validate(value));
        Assert.True(UnifiedSocialCreditCode.IsValid(value));
        Assert.Equal(IndependentCheckCharacter(value[..17]), UnifiedSocialCreditCode.ComputeCheckCharacter(value[..17]));
    }

    [Fact]
    public void The_check_character_matches_an_independent_derivation_for_many_inputs()
    {
        var random = new Random(32100);
        for (var n = 0; n < 2_000; n++)
        {
            var first17 = string.Concat(Enumerable.Range(0, 17).Select(_ => CodeSet[random.Next(CodeSet.Length)]));
            Assert.Equal(IndependentCheckCharacter(first17), UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
        }
    }

    [Theory]
    [InlineData("91360102MA35ABCD1N")]
    [InlineData("91360104000000000F")]
    public void Every_single_character_change_makes_a_valid_code_invalid(string valid)
    {
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in CodeSet.Where(c => c != valid[position]))
            {
                var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(UnifiedSocialCreditCode.IsValid(changed), changed);
            }
        }
    }

    [Fact]
    public void A_wrong_check_character_is_reported()
    {
        Assert.Equal("统一社会信用代码校验位错误", UnifiedSocialCreditCode.Validate("91360104000000000G"));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    public void The_forbidden_letters_are_rejected_wherever_they_appear(char letter)
    {
        foreach (var position in new[] { 0, 1, 9, 17 })
        {
            var code = string.Concat("91360104000000000F".AsSpan(0, position), letter.ToString(), "91360104000000000F".AsSpan(position + 1));
            Assert.Equal("统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、Z、S、V）", UnifiedSocialCreditCode.Validate(code));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91360104000000000")]
    [InlineData("91360104000000000F0")]
    [InlineData("913601040000-0000F")]
    public void Wrong_length_or_characters_are_reported(string? value)
    {
        Assert.Equal("统一社会信用代码应为18位，由数字和大写字母组成（不含I、O、Z、S、V）", UnifiedSocialCreditCode.Validate(value));
    }

    [Fact]
    public void A_letter_in_the_division_code_is_reported()
    {
        var first17 = "913601A4000000000";
        Assert.Equal(
            "统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字",
            UnifiedSocialCreditCode.Validate(first17 + IndependentCheckCharacter(first17)));
    }

    [Fact]
    public void Lower_case_is_accepted_and_normalised()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid("91360102ma35abcd1n"));
        Assert.Equal("91360102MA35ABCD1N", UnifiedSocialCreditCode.Normalise(" 91360102ma35abcd1n "));
    }

    [Theory]
    [InlineData("9136010400000000")]
    [InlineData("913601040000000I0")]
    public void ComputeCheckCharacter_requires_17_code_characters(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    /// <summary>
    /// GB 32100-2015 written from its definition: the weight of position i (0-based) is 3^i mod 31, and the check
    /// value c satisfies Σ + c ≡ 0 (mod 31).
    /// </summary>
    private static char IndependentCheckCharacter(string first17)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += CodeSet.IndexOf(first17[i], StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        for (var c = 0; c < 31; c++)
        {
            if ((sum + c) % 31 == 0)
            {
                return CodeSet[c];
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
