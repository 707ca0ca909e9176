using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Shared;

/// <summary>The kinds of notice that carry a number of their own, with the character that marks each in the number.</summary>
internal enum NoticeKind
{
    /// <summary>受理告知书: "受".</summary>
    Acceptance,

    /// <summary>不予受理告知书: "不受".</summary>
    NonAcceptance,

    /// <summary>立案审批表: "立".</summary>
    Filing,

    /// <summary>责令改正（限期支付）通知书: "改".</summary>
    Order,

    /// <summary>调查询问通知书: "询".</summary>
    Inquiry,
}

/// <summary>
/// Issues document numbers "{prefix}{kind}〔{year}〕{n}号" (e.g. "劳监受〔2026〕3号"), counted per kind and year inside
/// the command's transaction, so two commands never get the same number.
/// </summary>
internal sealed class DocumentNumbers(DeploymentClock clock, IOptions<InspectionOptions> options)
{
    public async Task<string> IssueAsync(InspectionDbContext db, NoticeKind kind, CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        var key = kind.ToString();
        var updated = await db.DocumentSequences
            .Where(s => s.Kind == key && s.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1), cancellationToken);
        int number;
        if (updated == 0)
        {
            db.DocumentSequences.Add(new DocumentSequence { Kind = key, Year = year, LastNumber = 1 });
            await db.SaveChangesAsync(cancellationToken);
            number = 1;
        }
        else
        {
            number = await db.DocumentSequences.Where(s => s.Kind == key && s.Year == year).Select(s => s.LastNumber).SingleAsync(cancellationToken);
        }

        return Format(options.Value.DocumentNumberPrefix, kind, year, number);
    }

    public static string Format(string prefix, NoticeKind kind, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Mark(kind)}〔{year}〕{number}号");

    private static string Mark(NoticeKind kind) => kind switch
    {
        NoticeKind.Acceptance => "受",
        NoticeKind.NonAcceptance => "不受",
        NoticeKind.Filing => "立",
        NoticeKind.Order => "改",
        NoticeKind.Inquiry => "询",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
