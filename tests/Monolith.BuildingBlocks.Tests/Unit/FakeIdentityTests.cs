// Test names are sentences with underscores (style.md); lift once tests/**.cs is exempted in .editorconfig.

using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;

namespace Monolith.BuildingBlocks.Tests.Unit;

public sealed class FakeIdentityTests
{
    private static readonly string[] MobilePrefixes = ["170", "171", "199"];
    private static readonly string[] NanchangDivisions = ["360102", "360103", "360104", "360111", "360112", "360113", "360121", "360123", "360124"];

    [Fact]
    public void A_thousand_generated_resident_id_numbers_all_validate()
    {
        var fake = new FakeIdentity(1);
        for (var i = 0; i < 1_000; i++)
        {
            var id = fake.ResidentIdNumber();
            Assert.Null(ResidentIdNumber.Validate(id));
            Assert.Contains(id[..6], NanchangDivisions);
            var birth = ResidentIdNumber.BirthDate(id)!.Value;
            Assert.InRange(birth, new DateOnly(1965, 1, 1), new DateOnly(2004, 12, 31));
        }
    }

    [Fact]
    public void A_thousand_generated_credit_codes_all_validate()
    {
        var fake = new FakeIdentity(2);
        for (var i = 0; i < 1_000; i++)
        {
            var code = fake.CreditCode();
            Assert.Null(UnifiedSocialCreditCode.Validate(code));
            Assert.StartsWith("91", code, StringComparison.Ordinal);
            Assert.Contains(code[2..8], NanchangDivisions);
        }
    }

    [Fact]
    public void A_requested_birth_date_is_used()
    {
        var id = new FakeIdentity(3).ResidentIdNumber(new DateOnly(1988, 2, 29));

        Assert.Equal(new DateOnly(1988, 2, 29), ResidentIdNumber.BirthDate(id));
        Assert.True(ResidentIdNumber.IsValid(id));
    }

    [Fact]
    public void Generated_mobile_numbers_are_valid_and_use_the_virtual_operator_or_199_prefixes()
    {
        var fake = new FakeIdentity(4);
        for (var i = 0; i < 200; i++)
        {
            var mobile = fake.MobileNumber();
            Assert.True(ChinesePhoneNumber.IsValid(mobile), mobile);
            Assert.Contains(mobile[..3], MobilePrefixes);
        }
    }

    [Fact]
    public void Generated_names_are_a_common_surname_and_a_one_or_two_character_given_name()
    {
        var fake = new FakeIdentity(5);
        var names = Enumerable.Range(0, 300).Select(_ => fake.PersonName()).ToList();

        Assert.All(names, name =>
        {
            Assert.Contains(name[0], "王李张刘陈杨黄赵周吴");
            Assert.InRange(name.Length, 2, 3);
        });
        Assert.Contains(names, n => n.Length == 2);
        Assert.Contains(names, n => n.Length == 3);
    }

    [Fact]
    public void Generated_employers_are_nanchang_limited_companies()
    {
        var fake = new FakeIdentity(6);
        for (var i = 0; i < 100; i++)
        {
            Assert.Matches(
                new Regex("^南昌(华信|恒达|瑞丰|锦程|新航|宏远|佳美|金鹏)(建筑工程|物流|餐饮管理|电子科技|家政服务|商贸)有限公司$"),
                fake.EmployerName());
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_output()
    {
        Assert.Equal(Sample(42), Sample(42));
    }

    [Fact]
    public void Different_seeds_give_different_output()
    {
        Assert.NotEqual(Sample(42), Sample(43));
    }

    private static List<string> Sample(int seed)
    {
        var fake = new FakeIdentity(seed);
        return Enumerable.Range(0, 20)
            .SelectMany(_ => new[] { fake.ResidentIdNumber(), fake.CreditCode(), fake.MobileNumber(), fake.PersonName(), fake.EmployerName() })
            .ToList();
    }
}
