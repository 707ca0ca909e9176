using System.Globalization;
using Monolith.Modules.Mediation.Domain;

namespace Monolith.Modules.Mediation.Features.Documents;

/// <summary>
/// 发文字号 of the case's documents: a code for the kind of document, the year in 〔〕 and the matter's number, e.g.
/// 调协〔2026〕TJ000001号 for the agreement of matter 360100-TJ-2026-000001 (a second case of the same matter adds -2).
/// </summary>
internal static class DocumentNumbers
{
    public static string Agreement(MediationCase mediationCase) => Format("调协", mediationCase);

    public static string FulfilmentNotice(MediationCase mediationCase) => Format("履告", mediationCase);

    public static string Termination(MediationCase mediationCase) => Format("调终", mediationCase);

    private static string Format(string code, MediationCase mediationCase)
    {
        // 360100-TJ-2026-000001 → year 2026, serial TJ000001.
        var parts = mediationCase.LinkageNumber.Split('-');
        var (year, serial) = parts.Length == 4 ? (parts[2], parts[1] + parts[3]) : (mediationCase.ReceivedAt.Year.ToString(CultureInfo.InvariantCulture), mediationCase.LinkageNumber);
        var suffix = mediationCase.Sequence > 1 ? "-" + mediationCase.Sequence.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{code}〔{year}〕{serial}{suffix}号";
    }
}
