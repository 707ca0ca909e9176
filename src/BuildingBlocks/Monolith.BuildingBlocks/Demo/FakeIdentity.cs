using System.Globalization;
using IdNumberRules = Monolith.BuildingBlocks.Domain.ResidentIdNumber;
using CreditCodeRules = Monolith.BuildingBlocks.Domain.UnifiedSocialCreditCode;

namespace Monolith.BuildingBlocks.Demo;

/// <summary>
/// Deterministic FAKE personal data for demo data and tests: well-formed, check digits correct, never a real
/// person's record. The same seed always yields the same sequence.
/// </summary>
public sealed class FakeIdentity(int seed)
{
    /// <summary>Real-format district codes of 南昌市, so generated numbers look local.</summary>
    private static readonly string[] NanchangDivisions = ["360102", "360103", "360104", "360111", "360112", "360113", "360121", "360123", "360124"];
    private static readonly string[] MobilePrefixes = ["170", "171", "199"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"];
    private static readonly string[] GivenNameCharacters =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚"];
    private static readonly string[] TwoCharacterGivenNames = ["秀英", "桂英"];
    private static readonly string[] TradeNames = ["华信", "恒达", "瑞丰", "锦程", "新航", "宏远", "佳美", "金鹏"];
    private static readonly string[] Industries = ["建筑工程", "物流", "餐饮管理", "电子科技", "家政服务", "商贸"];
    private static readonly DateOnly EarliestBirth = new(1965, 1, 1);
    private static readonly DateOnly LatestBirth = new(2004, 12, 31);

    // Seeded System.Random: reproducible output is the point; nothing here needs to be unpredictable.
    private readonly Random _random = new(seed);

    /// <summary>A valid 18-digit number for a Nanchang district, born on <paramref name="birthDate"/> or 1965–2004.</summary>
    public string ResidentIdNumber(DateOnly? birthDate = null)
    {
        var birth = birthDate ?? EarliestBirth.AddDays(_random.Next(LatestBirth.DayNumber - EarliestBirth.DayNumber + 1));
        var first17 = Pick(NanchangDivisions)
            + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + _random.Next(1, 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdNumberRules.ComputeCheckDigit(first17);
    }

    /// <summary>A valid code: 9 (工商) + 1 (企业) + a Nanchang district + 9 random code characters + check character.</summary>
    public string CreditCode()
    {
        var subject = new char[9];
        for (var i = 0; i < subject.Length; i++)
        {
            subject[i] = CreditCodeRules.CodeCharacters[_random.Next(CreditCodeRules.CodeCharacters.Length)];
        }

        var first17 = "91" + Pick(NanchangDivisions) + new string(subject);
        return first17 + CreditCodeRules.ComputeCheckCharacter(first17);
    }

    /// <summary>An 11-digit mobile number on a virtual-operator (170/171) or 199 prefix.</summary>
    public string MobileNumber() =>
        Pick(MobilePrefixes) + _random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>A common surname and a one- or two-character given name.</summary>
    public string PersonName() => Pick(Surnames) + _random.Next(3) switch
    {
        0 => Pick(GivenNameCharacters),
        1 => Pick(GivenNameCharacters) + Pick(GivenNameCharacters),
        _ => Pick(TwoCharacterGivenNames),
    };

    /// <summary>E.g. "南昌恒达物流有限公司".</summary>
    public string EmployerName() => "南昌" + Pick(TradeNames) + Pick(Industries) + "有限公司";

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
