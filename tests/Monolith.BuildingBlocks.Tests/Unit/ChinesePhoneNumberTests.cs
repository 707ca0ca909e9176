// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class ChinesePhoneNumberTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("19912345678")]
    [InlineData("17012345678")]
    [InlineData(" 15012345678 ")]
    [InlineData("0791-86123456")] // 南昌, 4-digit area code, 8 digits
    [InlineData("010-12345678")] // 3-digit area code
    [InlineData("079186123456")] // without the dash
    [InlineData("0791-8612345")] // 7-digit local number
    public void Mainland_mobile_and_landline_numbers_are_valid(string value)
    {
        Assert.Null(ChinesePhoneNumber.Validate(value));
        Assert.True(ChinesePhoneNumber.IsValid(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901")] // 12x is not a mobile range
    [InlineData("1381234567")] // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("23812345678")]
    [InlineData("0791-123456")] // local number too short
    [InlineData("0791-123456789")] // local number too long
    [InlineData("791-86123456")] // area code without 0
    [InlineData("07-12345678")] // area code too short
    [InlineData("1381234567８")] // full-width digit
    public void Other_strings_are_rejected_with_a_chinese_message(string? value)
    {
        Assert.Equal("联系电话格式无效（手机号11位或区号-座机号）", ChinesePhoneNumber.Validate(value));
    }

    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("0791-86123456", "0791-****3456")]
    [InlineData("010-12345678", "010-****5678")]
    public void Mask_hides_the_middle_digits(string value, string expected)
    {
        Assert.Equal(expected, ChinesePhoneNumber.Mask(value));
    }

    [Fact]
    public void Mask_refuses_an_invalid_number()
    {
        Assert.Throws<ArgumentException>(() => ChinesePhoneNumber.Mask("12345"));
    }
}
