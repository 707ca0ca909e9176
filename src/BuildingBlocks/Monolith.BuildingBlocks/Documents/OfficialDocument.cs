using System.Globalization;

namespace Monolith.BuildingBlocks.Documents;

/// <summary>
/// A notice or form an agency issues, in the elements of GB/T 9704-2012 (党政机关公文格式) that the agencies' printed
/// notices use: the issuing body (发文机关标志), the document number (发文字号), the title, the addressee (主送), the body
/// paragraphs, the signature (发文机关署名) and date (成文日期) with the seal over them (印章), and an optional 抄送 line.
/// A form (e.g. an approval form) carries <see cref="Fields"/>, shown as a table of labelled rows. Rendered to a printable
/// A4 page by <see cref="OfficialDocumentHtml"/> and to Word by <see cref="OfficialDocumentDocx"/>, from the same data.
/// </summary>
/// <param name="IssuingBody">The issuing body, e.g. "某市某局"; the red header line and, by default, the signature.</param>
/// <param name="DocumentNumber">E.g. "某发〔2026〕3号"; printed centred under the header.</param>
/// <param name="Title">E.g. "受理通知书".</param>
/// <param name="Date">成文日期, printed in Arabic numerals without leading zeros (GB/T 9704-2012 §7.3.5.3).</param>
public sealed record OfficialDocument(string IssuingBody, string DocumentNumber, string Title, DateOnly Date)
{
    /// <summary>主送: whom the document is addressed to, e.g. "张三："; null for a form.</summary>
    public string? Addressee { get; init; }

    /// <summary>The body, one paragraph per item; each is indented two characters.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Labelled rows of a form (审批表), shown as a two-column table before the paragraphs.</summary>
    public IReadOnlyList<DocumentField> Fields { get; init; } = [];

    /// <summary>发文机关署名; the issuing body when not given.</summary>
    public string? Signature { get; init; }

    /// <summary>Whether the seal position is marked over the signature and date (印章). A form signed by hand has none.</summary>
    public bool Sealed { get; init; } = true;

    /// <summary>抄送, printed below the body; null for none.</summary>
    public string? CopyTo { get; init; }

    /// <summary>The file name of the Word download, e.g. "受理通知书-某发〔2026〕3号.docx" (characters a file system refuses are replaced).</summary>
    public string FileName => Safe($"{Title}-{DocumentNumber}") + ".docx";

    public string SignatureText => string.IsNullOrWhiteSpace(Signature) ? IssuingBody : Signature;

    /// <summary>"2026年3月2日".</summary>
    public static string FormatDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string([.. name.Select(c => invalid.Contains(c) ? '_' : c)]);
    }
}

/// <summary>One labelled row of a form; <paramref name="Value"/> may be blank, to be filled in by hand (a signature, an opinion).</summary>
public sealed record DocumentField(string Label, string Value);
