// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Tests.Unit;

/// <summary>
/// All numbers here are synthetic (or the worked example printed in GB 11643-1999 itself); none is a real person's.
/// </summary>
public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    // GB 11643's own example. Σ digit×weight = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → 'X'.
    [InlineData("11010519491231002X")]
    [InlineData("360102199003070014")] // Σ = 217, mod 11 = 8 → '4'
    [InlineData("360111198512311236")] // Σ = 248, mod 11 = 6 → '6'
    [InlineData("440304200002294568")] // born on 29 February of a leap year
    [InlineData("650102197001018888")]
    [InlineData("810000199911113332")] // 81 = Hong Kong residents' mainland numbers
    [InlineData("360121200410150075")]
    public void Synthetic_numbers_with_the_right_check_digit_are_valid(string value)
    {
        Assert.Null(ResidentIdNumber.Validate(value, Today));
        Assert.True(ResidentIdNumber.IsValid(value, Today));
        Assert.Equal(IndependentCheckDigit(value[..17]), ResidentIdNumber.ComputeCheckDigit(value[..17]));
    }

    [Fact]
    public void The_check_digit_matches_an_independent_derivation_for_many_inputs()
    {
        var random = new Random(11643);
        for (var n = 0; n < 2_000; n++)
        {
            var first17 = string.Concat(Enumerable.Range(0, 17).Select(_ => (char)('0' + random.Next(10))));
            Assert.Equal(IndependentCheckDigit(first17), ResidentIdNumber.ComputeCheckDigit(first17));
        }
    }

    [Fact]
    public void Every_single_digit_change_makes_a_valid_number_invalid()
    {
        const string valid = "360102199003070014";
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in "0123456789X")
            {
                if (replacement == valid[position] || (replacement == 'X' && position < 17))
                {
                    continue;
                }

                var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(ResidentIdNumber.IsValid(changed, Today), changed);
            }
        }
    }

    [Theory]
    [InlineData("360102199003070015")]
    [InlineData("110105194912310021")]
    public void A_wrong_check_digit_is_reported(string value)
    {
        Assert.Equal("居民身份证号校验码错误", ResidentIdNumber.Validate(value, Today));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("36010219900307001")] // 17
    [InlineData("3601021990030700145")] // 19
    [InlineData("36010219900307001A")] // letter other than X at the end
    [InlineData("3601021990030700X4")] // X not at the end
    [InlineData("36010219900３070014")] // a full-width digit
    [InlineData("360102 99003070014")]
    public void Wrong_length_or_characters_are_reported(string? value)
    {
        Assert.Equal("居民身份证号应为18位，前17位为数字，末位为数字或X", ResidentIdNumber.Validate(value, Today));
        Assert.False(ResidentIdNumber.IsValid(value));
    }

    [Theory]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("24")]
    [InlineData("38")]
    [InlineData("47")]
    [InlineData("55")]
    [InlineData("66")]
    [InlineData("72")]
    [InlineData("83")]
    [InlineData("99")]
    public void An_unknown_province_code_is_reported(string province)
    {
        Assert.Equal("居民身份证号的地址码无效", ResidentIdNumber.Validate(WithCheckDigit(province + "010219900307001"), Today));
    }

    [Theory]
    [InlineData("11")]
    [InlineData("15")]
    [InlineData("23")]
    [InlineData("37")]
    [InlineData("46")]
    [InlineData("54")]
    [InlineData("65")]
    [InlineData("71")]
    [InlineData("82")]
    public void Every_boundary_province_code_is_accepted(string province)
    {
        Assert.Null(ResidentIdNumber.Validate(WithCheckDigit(province + "010219900307001"), Today));
    }

    [Theory]
    [InlineData("19900230")] // 30 February
    [InlineData("19900229")] // 1990 is not a leap year
    [InlineData("19901301")] // month 13
    [InlineData("19900100")] // day 0
    [InlineData("18991231")] // before 1900
    [InlineData("20250602")] // the day after "today"
    [InlineData("20300101")]
    public void An_impossible_or_future_birth_date_is_reported(string birth)
    {
        Assert.Equal("居民身份证号中的出生日期无效", ResidentIdNumber.Validate(WithCheckDigit("360102" + birth + "001"), Today));
    }

    [Theory]
    [InlineData("19000101")]
    [InlineData("20250601")] // born "today"
    [InlineData("20000229")]
    public void Boundary_birth_dates_are_accepted(string birth)
    {
        Assert.Null(ResidentIdNumber.Validate(WithCheckDigit("360102" + birth + "001"), Today));
    }

    [Fact]
    public void The_overload_without_today_uses_the_real_date()
    {
        Assert.True(ResidentIdNumber.IsValid("11010519491231002X"));
        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1);
        Assert.False(ResidentIdNumber.IsValid(WithCheckDigit("360102" + tomorrow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "001")));
    }

    [Fact]
    public void A_lower_case_x_is_accepted_and_normalised()
    {
        Assert.Null(ResidentIdNumber.Validate("11010519491231002x", Today));
        Assert.Equal("11010519491231002X", ResidentIdNumber.Normalise(" 11010519491231002x "));
    }

    [Fact]
    public void BirthDate_reads_positions_7_to_14()
    {
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentIdNumber.BirthDate("11010519491231002X"));
        Assert.Equal(new DateOnly(2000, 2, 29), ResidentIdNumber.BirthDate("440304200002294568"));
        Assert.Null(ResidentIdNumber.BirthDate("360102199002300014"));
        Assert.Null(ResidentIdNumber.BirthDate("3601021990"));
    }

    [Fact]
    public void Mask_keeps_the_first_six_and_last_four()
    {
        Assert.Equal("110105********002X", ResidentIdNumber.Mask("11010519491231002x"));
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.Mask("1101051949"));
    }

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("110105194912310020")]
    [InlineData("1101051949123100A")]
    public void ComputeCheckDigit_requires_exactly_17_digits(string first17)
    {
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckDigit(first17));
    }

    private static string WithCheckDigit(string first17) => first17 + IndependentCheckDigit(first17);

    /// <summary>
    /// ISO 7064 MOD 11-2 written from its definition rather than from the implementation's table: weight of position
    /// i (0-based) is 2^(17−i) mod 11, and the check value c satisfies Σ + c ≡ 1 (mod 11), with 10 written as X.
    /// </summary>
    private static char IndependentCheckDigit(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var weight = 1;
            for (var k = 0; k < 17 - i; k++)
            {
                weight = weight * 2 % 11;
            }

            sum += (first17[i] - '0') * weight;
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
