using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Monolith.BuildingBlocks.Documents;

namespace Monolith.BuildingBlocks.Tests.Unit.Documents;

/// <summary>The shared notice layout: the same document as a printable A4 page and as a Word file.</summary>
public sealed class OfficialDocumentTests
{
    private static readonly OfficialDocument Notice = new("某市某局", "某发〔2026〕3号", "受理通知书", new DateOnly(2026, 3, 2))
    {
        Addressee = "张三：",
        Paragraphs = ["你于2026年3月2日提交的材料收悉。", "经审查，决定予以受理。"],
        CopyTo = "某某中心",
    };

    private static readonly OfficialDocument Form = new("某市某局", "某立〔2026〕1号", "立案审批表", new DateOnly(2026, 11, 30))
    {
        Fields = [new("案由", "拖欠工资"), new("承办人意见", "建议立案。\n第二行"), new("负责人审批意见", string.Empty)],
        Sealed = false,
    };

    [Fact]
    public void The_date_is_written_in_arabic_numerals_without_leading_zeros()
    {
        Assert.Equal("2026年3月2日", OfficialDocument.FormatDate(new DateOnly(2026, 3, 2)));
        Assert.Equal("2026年11月30日", OfficialDocument.FormatDate(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void The_file_name_carries_title_and_number_without_characters_a_file_system_refuses()
    {
        var document = Notice with { DocumentNumber = "A/B:3号" };

        Assert.Equal("受理通知书-A_B_3号.docx", document.FileName);
        Assert.Equal("某市某局", document.SignatureText);
        Assert.Equal("某中心", (document with { Signature = "某中心" }).SignatureText);
    }

    [Fact]
    public void The_word_file_is_a4_with_the_gb_t_9704_margins_and_valid_open_xml()
    {
        using var word = Open(OfficialDocumentDocx.Write(Notice));

        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(Twips(37), margin.Top!.Value);
        Assert.Equal(Twips(35), margin.Bottom!.Value);
        Assert.Equal(Twips(28), (int)margin.Left!.Value);
        Assert.Equal(Twips(26), (int)margin.Right!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_word_file_has_header_number_title_addressee_body_seal_signature_date_and_copy_in_that_order()
    {
        using var word = Open(OfficialDocumentDocx.Write(Notice));

        var lines = Paragraphs(word).Select(p => p.InnerText).Where(t => t.Length > 0).ToList();

        Assert.Equal(
            ["某市某局", "某发〔2026〕3号", "受理通知书", "张三：", "你于2026年3月2日提交的材料收悉。", "经审查，决定予以受理。", "（印章）", "某市某局", "2026年3月2日", "抄送：某某中心"],
            lines);
    }

    [Fact]
    public void The_header_is_red_the_body_is_fangsong_sanhao_indented_two_characters()
    {
        using var word = Open(OfficialDocumentDocx.Write(Notice));
        var paragraphs = Paragraphs(word);

        var header = paragraphs.First(p => p.InnerText == "某市某局").Descendants<RunProperties>().Single();
        Assert.Equal("D40000", header.Color!.Val!.Value);
        Assert.Equal(OfficialDocumentDocx.TitleFont, header.RunFonts!.EastAsia!.Value);

        var body = paragraphs.Single(p => p.InnerText == "经审查，决定予以受理。");
        Assert.Equal(200, body.ParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal(JustificationValues.Both, body.ParagraphProperties.Justification!.Val!.Value);
        var run = body.Descendants<RunProperties>().Single();
        Assert.Equal(OfficialDocumentDocx.BodyFont, run.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", run.FontSize!.Val!.Value);

        var date = paragraphs.Single(p => p.InnerText == "2026年3月2日");
        Assert.Equal(JustificationValues.Right, date.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(paragraphs.Single(p => p.InnerText == "某发〔2026〕3号").ParagraphProperties!.Justification);
    }

    [Fact]
    public void A_form_becomes_a_bordered_table_of_labelled_rows_and_has_no_seal_mark_when_signed_by_hand()
    {
        using var word = Open(OfficialDocumentDocx.Write(Form));

        var rows = word.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList())
            .ToList();
        Assert.Equal([["案由", "拖欠工资"], ["承办人意见", "建议立案。\n第二行"], ["负责人审批意见", string.Empty]], rows);
        Assert.DoesNotContain(Paragraphs(word), p => p.InnerText == "（印章）");
        Assert.NotNull(word.MainDocumentPart.Document.Body.Descendants<TableBorders>().Single().InsideHorizontalBorder);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_print_page_is_a4_with_the_margins_and_hides_its_toolbar_when_printed()
    {
        var html = OfficialDocumentHtml.Render(Notice, [("返回", "/back"), ("下载Word", "/doc?format=docx")]);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(".toolbar { display: none; }", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/doc?format=docx\">下载Word</a>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"doc-header\">某市某局</div>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"doc-title\">受理通知书</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"doc-date\">2026年3月2日</p>", html, StringComparison.Ordinal);
        Assert.Contains("印章位置", html, StringComparison.Ordinal);
        Assert.Contains("抄送：某某中心", html, StringComparison.Ordinal);
        Assert.True(
            html.IndexOf("doc-number", StringComparison.Ordinal) < html.IndexOf("doc-title\"", StringComparison.Ordinal)
            && html.IndexOf("doc-title\"", StringComparison.Ordinal) < html.IndexOf("doc-signature", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_text_on_the_print_page_is_encoded()
    {
        var hostile = Notice with { Title = "<b>标题</b>", Paragraphs = ["<script>alert(1)</script>"], Addressee = "\"张三\" & 李四" };

        var html = OfficialDocumentHtml.Render(hostile, [("x", "javascript:\"><img>")]);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; 李四", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_is_a_table_on_the_print_page_without_a_seal()
    {
        var html = OfficialDocumentHtml.Render(Form);

        Assert.Contains("<tr><th>承办人意见</th><td>建议立案。<br />第二行</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("印章位置", html, StringComparison.Ordinal);
        Assert.DoesNotContain("抄送", html, StringComparison.Ordinal);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static List<Paragraph> Paragraphs(WordprocessingDocument word) =>
        [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    /// <summary>Millimetres in twentieths of a point, rounded.</summary>
    private static int Twips(int millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);
}
