namespace Monolith.Modules.Arbitration.Domain;

/// <summary>
/// 一次性告知: tribunal composition, defence period, evidence period and hearing arrangements, notified to the parties
/// in one notice (南昌方案 三(五); 调解仲裁法 第三十条、第三十二条、第三十五条).
/// </summary>
internal sealed record OneTimeNotice(
    string Arbitrators,
    DateOnly DefenceDueDate,
    DateOnly EvidenceDueDate,
    DateTimeOffset HearingAt,
    string HearingPlace,
    DateTimeOffset IssuedAt,
    string IssuedBy);
