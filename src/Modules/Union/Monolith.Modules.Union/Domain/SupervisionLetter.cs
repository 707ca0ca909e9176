using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;

namespace Monolith.Modules.Union.Domain;

/// <summary>One of the union's “一函两书” as issued: to whom, what was found, what is asked; the union's own list of them.</summary>
internal sealed class SupervisionLetter : ILinkedMatter
{
    private SupervisionLetter()
    {
    }

    public Guid Id { get; private set; }

    public UnionSupervisionLetterKind Kind { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Recipient { get; private set; } = string.Empty;

    public string? RecipientCreditCode { get; private set; }

    public string Findings { get; private set; } = string.Empty;

    public string Requests { get; private set; } = string.Empty;

    public string LinkageNumber { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;

    public string Number => $"工会劳动法律监督{KindName(Kind)}〔{Year}〕第{Sequence}号";

    public static string KindName(UnionSupervisionLetterKind kind) => kind switch
    {
        UnionSupervisionLetterKind.ReminderLetter => "提示函",
        UnionSupervisionLetterKind.OpinionLetter => "意见书",
        UnionSupervisionLetterKind.SuggestionLetter => "建议书",
        _ => kind.ToString(),
    };

    public static SupervisionLetter Issue(
        Guid id, UnionSupervisionLetterKind kind, int year, int sequence, string recipient, string? recipientCreditCode, string findings, string requests,
        string? linkageNumber, DateTimeOffset issuedAt, string issuedBy) => new()
        {
            Id = id,
            Kind = kind,
            Year = year,
            Sequence = sequence,
            Recipient = recipient,
            RecipientCreditCode = recipientCreditCode,
            Findings = findings,
            Requests = requests,
            LinkageNumber = linkageNumber ?? string.Empty,
            IssuedAt = issuedAt,
            IssuedBy = issuedBy,
        };
}
