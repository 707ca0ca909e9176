using System.Globalization;

namespace Monolith.Modules.Arbitration.Domain;

/// <summary>One decided item of an award, as the classification sees it.</summary>
internal sealed record AwardedItem(int Ordinal, ClaimType Type, decimal? AwardedAmount);

/// <summary>Why one item is or is not a final-award item.</summary>
internal sealed record ItemClassification(int Ordinal, bool Final, string Reason);

/// <summary>Whether the award is final (终局裁决), with the threshold used and the reason for each item.</summary>
internal sealed record FinalAwardClassification(bool IsFinal, decimal Threshold, IReadOnlyList<ItemClassification> Items)
{
    public string Summary => IsFinal
        ? "终局裁决：各项裁决事项均属《劳动争议调解仲裁法》第四十七条规定的事项，裁决书自作出之日起发生法律效力。"
        : Items.All(i => !i.Final)
            ? "非终局裁决：裁决事项不属于第四十七条规定的终局裁决事项。"
            : "非终局裁决：同一裁决同时包含终局裁决事项和非终局裁决事项，按非终局裁决处理（《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第二十条）。";
}

/// <summary>
/// 终局裁决 (调解仲裁法 第四十七条): (一) claims for labour remuneration, medical expenses of a work injury, economic
/// compensation or damages where each item's awarded amount does not exceed twelve months of the local monthly minimum
/// wage (解释（一）第十九条: per item, by the amount the award determines); (二) disputes on the labour standards of working
/// time, rest and leave, and social insurance. An award with any other item is not final (解释（一）第二十条).
/// </summary>
internal static class FinalAwardClassifier
{
    public static FinalAwardClassification Classify(IEnumerable<AwardedItem> items, decimal monthlyMinimumWage)
    {
        if (monthlyMinimumWage <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(monthlyMinimumWage), monthlyMinimumWage, "The monthly minimum wage must be positive.");
        }

        var threshold = monthlyMinimumWage * 12;
        var list = items.OrderBy(i => i.Ordinal).Select(i => Item(i, threshold)).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("An award decides at least one item.", nameof(items));
        }

        return new FinalAwardClassification(list.All(i => i.Final), threshold, list);
    }

    private static ItemClassification Item(AwardedItem item, decimal threshold)
    {
        var name = ClaimTypes.ChineseName(item.Type);
        switch (item.Type)
        {
            case ClaimType.WorkingTime or ClaimType.RestAndLeave or ClaimType.SocialInsurance:
                return new(item.Ordinal, true, $"{name}：因执行国家劳动标准发生的争议，属终局裁决事项（第四十七条第（二）项）。");
            case ClaimType.UnpaidWages or ClaimType.OvertimePay or ClaimType.WorkInjuryMedicalExpenses or ClaimType.EconomicCompensation
                or ClaimType.UnlawfulTerminationDamages or ClaimType.DoubleWagesWithoutContract:
                var amount = item.AwardedAmount ?? 0m;
                return amount <= threshold
                    ? new(item.Ordinal, true, $"{name}：裁决数额{Money(amount)}元，不超过当地月最低工资标准十二个月金额{Money(threshold)}元（第四十七条第（一）项；解释（一）第十九条）。")
                    : new(item.Ordinal, false, $"{name}：裁决数额{Money(amount)}元，超过当地月最低工资标准十二个月金额{Money(threshold)}元。");
            default:
                return new(item.Ordinal, false, $"{name}：不属于第四十七条规定的终局裁决事项。");
        }
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
