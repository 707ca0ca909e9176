using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Monolith.BuildingBlocks.Documents;

/// <summary>
/// An <see cref="OfficialDocument"/> as a Word (.docx) file that offices open and edit in Word or WPS: A4 with the GB/T
/// 9704-2012 margins, 仿宋_GB2312 三号 body at a fixed 28-point line, two-character first-line indents, the title in
/// 方正小标宋简体 二号, the issuing body in red above a red rule, the signature and date on the right with the seal
/// position marked. Fonts missing on a computer are substituted by the word processor.
/// </summary>
public static class OfficialDocumentDocx
{
    /// <summary>The media type of a .docx download.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>仿宋, as government offices install it.</summary>
    public const string BodyFont = "仿宋_GB2312";

    /// <summary>小标宋, for the header and title.</summary>
    public const string TitleFont = "方正小标宋简体";

    /// <summary>A4 in twentieths of a point.</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;

    /// <summary>GB/T 9704-2012 §5.2.1: 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm (in twips).</summary>
    public const int MarginTop = 2098;

    public const int MarginBottom = 1984;

    public const int MarginLeft = 1587;

    public const int MarginRight = 1474;

    private const string Red = "D40000";

    /// <summary>三号 = 16 pt = 32 half-points; 二号 = 22 pt; the header a little larger.</summary>
    private const int BodySize = 32;

    private const int TitleSize = 44;

    private const int HeaderSize = 52;

    private const int FormSize = 28;

    public static byte[] Write(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            body.Append(Line(document.IssuingBody, TitleFont, HeaderSize, JustificationValues.Center, color: Red));
            body.Append(Line(document.DocumentNumber, BodyFont, BodySize, JustificationValues.Center));
            body.Append(RedRule());
            body.Append(Line(document.Title, TitleFont, TitleSize, JustificationValues.Center, spacingAfter: 280));
            if (!string.IsNullOrWhiteSpace(document.Addressee))
            {
                body.Append(Line(document.Addressee, BodyFont, BodySize, JustificationValues.Left));
            }

            if (document.Fields.Count > 0)
            {
                body.Append(FieldsTable(document.Fields));
                body.Append(Line(string.Empty, BodyFont, BodySize, JustificationValues.Left));
            }

            foreach (var paragraph in document.Paragraphs)
            {
                body.Append(Line(paragraph, BodyFont, BodySize, JustificationValues.Both, indentFirstLine: true));
            }

            body.Append(Line(string.Empty, BodyFont, BodySize, JustificationValues.Left));
            if (document.Sealed)
            {
                body.Append(Line("（印章）", BodyFont, BodySize, JustificationValues.Right, color: Red, rightIndentChars: 400));
            }

            body.Append(Line(document.SignatureText, BodyFont, BodySize, JustificationValues.Right, rightIndentChars: 400));
            body.Append(Line(OfficialDocument.FormatDate(document.Date), BodyFont, BodySize, JustificationValues.Right, rightIndentChars: 400));
            if (!string.IsNullOrWhiteSpace(document.CopyTo))
            {
                body.Append(Line(string.Empty, BodyFont, BodySize, JustificationValues.Left));
                body.Append(Line("抄送：" + document.CopyTo, BodyFont, FormSize, JustificationValues.Left));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = MarginTop,
                    Bottom = MarginBottom,
                    Left = MarginLeft,
                    Right = MarginRight,
                    Header = 851,
                    Footer = 992,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Line(
        string text, string font, int halfPoints, JustificationValues justification, string? color = null, bool indentFirstLine = false,
        int spacingAfter = 0, int rightIndentChars = 0)
    {
        // Children in the schema's order (spacing, ind, jc): Word tolerates another order, the validator does not.
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = spacingAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (indentFirstLine || rightIndentChars > 0)
        {
            var indentation = new Indentation();
            if (indentFirstLine)
            {
                indentation.FirstLineChars = 200;
            }

            if (rightIndentChars > 0)
            {
                indentation.RightChars = rightIndentChars;
            }

            properties.Append(indentation);
        }

        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(new Run(RunProperties(font, halfPoints, color), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static RunProperties RunProperties(string font, int halfPoints, string? color)
    {
        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var properties = new RunProperties(
            new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }

        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return properties;
    }

    private static Paragraph RedRule() => new(
        new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 1, Color = Red }),
            new SpacingBetweenLines { Before = "0", After = "480" }));

    private static Table FieldsTable(IReadOnlyList<DocumentField> fields)
    {
        var border = new Func<OpenXmlElement>[]
        {
            () => new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            () => new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            () => new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        };
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(border.Select(b => b())),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(new GridColumn { Width = "2400" }, new GridColumn { Width = "6444" }));
        foreach (var field in fields)
        {
            table.Append(new TableRow(
                Cell(field.Label, "2400"),
                Cell(field.Value, "6444")));
        }

        return table;
    }

    private static TableCell Cell(string text, string width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa }));
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Line = "400", LineRule = LineSpacingRuleValues.AtLeast, Before = "60", After = "60" }));
            if (line.Length > 0)
            {
                paragraph.Append(new Run(RunProperties(BodyFont, FormSize, null), new Text(line.TrimEnd('\r')) { Space = SpaceProcessingModeValues.Preserve }));
            }

            cell.Append(paragraph);
        }

        return cell;
    }
}
