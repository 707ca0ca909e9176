using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Monolith.BuildingBlocks.Documents;

/// <summary>
/// An <see cref="OfficialDocument"/> as a stand-alone HTML page laid out on A4 for printing from the browser: GB/T
/// 9704-2012 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), 仿宋 三号 body with two-character indents, the
/// title in 小标宋 二号, the issuing body in red above a red rule, the signature and date on the right with the seal's
/// position marked over them. The screen shows a bar with a print button and the links given; the printout does not.
/// Every text is HTML-encoded.
/// </summary>
public static class OfficialDocumentHtml
{
    /// <summary>Encodes markup characters only; Chinese text stays readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The print styles, also usable by a page that embeds a document in its own layout.</summary>
    public const string Css = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        html { background: #e9e9e9; }
        body { margin: 0; font-family: "仿宋_GB2312", "仿宋", FangSong, "STFangsong", serif; font-size: 16pt; line-height: 28pt; color: #000; }
        .sheet { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
        .doc-header { text-align: center; color: #d40000; font-family: "方正小标宋简体", "小标宋", "SimSun", "宋体", serif; font-size: 26pt; line-height: 36pt; letter-spacing: 2pt; }
        .doc-number { text-align: center; margin-top: 14pt; }
        .doc-rule { border: 0; border-top: 2px solid #d40000; margin: 4mm 0 8mm; }
        .doc-title { text-align: center; font-family: "方正小标宋简体", "小标宋", "SimSun", "宋体", serif; font-size: 22pt; line-height: 36pt; font-weight: normal; margin: 0 0 14pt; }
        .doc-addressee { margin: 0; }
        .doc-body p { margin: 0; text-indent: 2em; text-align: justify; }
        table.doc-fields { width: 100%; border-collapse: collapse; margin: 0 0 14pt; font-size: 14pt; line-height: 22pt; }
        table.doc-fields th, table.doc-fields td { border: 1px solid #000; padding: 6pt 8pt; vertical-align: top; text-align: left; }
        table.doc-fields th { width: 28%; font-weight: normal; white-space: nowrap; }
        table.doc-fields td { height: 22pt; }
        .doc-signoff { position: relative; margin-top: 36pt; padding-right: 4em; text-align: right; }
        .doc-signoff p { margin: 0; }
        .doc-seal { position: absolute; right: 5em; top: -30pt; width: 42mm; height: 42mm; border: 1.5px dashed #d40000; border-radius: 50%; color: #d40000; font-size: 11pt; line-height: 42mm; text-align: center; opacity: .6; }
        .doc-copy { margin-top: 28pt; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 0 1em; font-size: 14pt; }
        .toolbar { max-width: 210mm; margin: 12px auto 0; font: 14px/1.5 system-ui, sans-serif; display: flex; gap: 12px; align-items: center; }
        .toolbar a, .toolbar button { font: inherit; }
        @media print {
          html, body { background: #fff; }
          .toolbar { display: none; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
          .doc-seal { opacity: .35; }
        }
        """;

    /// <summary>The whole page.</summary>
    /// <param name="document">What to print.</param>
    /// <param name="links">Links shown in the screen-only bar (text, URL), e.g. back to the case and the Word download.</param>
    public static string Render(OfficialDocument document, IEnumerable<(string Text, string Url)>? links = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = Encoder;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(html.Encode($"{document.Title} {document.DocumentNumber}"))
            .Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        page.Append("<div class=\"toolbar\"><button type=\"button\" onclick=\"window.print()\">打印</button>");
        foreach (var (text, url) in links ?? [])
        {
            page.Append("<a href=\"").Append(html.Encode(url)).Append("\">").Append(html.Encode(text)).Append("</a>");
        }

        page.Append("</div>\n<article class=\"sheet official-document\">\n");
        page.Append("<div class=\"doc-header\">").Append(html.Encode(document.IssuingBody)).Append("</div>\n");
        page.Append("<div class=\"doc-number\">").Append(html.Encode(document.DocumentNumber)).Append("</div>\n");
        page.Append("<hr class=\"doc-rule\" />\n");
        page.Append("<h1 class=\"doc-title\">").Append(html.Encode(document.Title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(document.Addressee))
        {
            page.Append("<p class=\"doc-addressee\">").Append(html.Encode(document.Addressee)).Append("</p>\n");
        }

        if (document.Fields.Count > 0)
        {
            page.Append("<table class=\"doc-fields\"><tbody>\n");
            foreach (var field in document.Fields)
            {
                page.Append("<tr><th>").Append(html.Encode(field.Label)).Append("</th><td>")
                    .AppendJoin("<br />", field.Value.Split('\n').Select(line => html.Encode(line.TrimEnd('\r'))))
                    .Append("</td></tr>\n");
            }

            page.Append("</tbody></table>\n");
        }

        page.Append("<div class=\"doc-body\">\n");
        foreach (var paragraph in document.Paragraphs)
        {
            page.Append("<p>").Append(html.Encode(paragraph)).Append("</p>\n");
        }

        page.Append("</div>\n<div class=\"doc-signoff\">\n");
        if (document.Sealed)
        {
            page.Append("<div class=\"doc-seal\" aria-label=\"印章位置\">（印章）</div>\n");
        }

        page.Append("<p class=\"doc-signature\">").Append(html.Encode(document.SignatureText)).Append("</p>\n");
        page.Append("<p class=\"doc-date\">").Append(html.Encode(OfficialDocument.FormatDate(document.Date))).Append("</p>\n</div>\n");
        if (!string.IsNullOrWhiteSpace(document.CopyTo))
        {
            page.Append("<p class=\"doc-copy\">抄送：").Append(html.Encode(document.CopyTo)).Append("</p>\n");
        }

        page.Append("</article>\n</body>\n</html>\n");
        return page.ToString();
    }
}
