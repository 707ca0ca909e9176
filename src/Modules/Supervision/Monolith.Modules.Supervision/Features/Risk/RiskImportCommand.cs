using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Risk;

/// <summary>
/// 导入风险指标: a CSV or Excel file of tax and social-insurance arrears, petitions and public-opinion reports (one row
/// each). Every row is validated; if any row is wrong nothing is imported and a report of the rejected rows can be
/// downloaded. A row imported before (same kind, employer, date, amount and note) is not counted twice.
/// </summary>
internal sealed record ImportRiskIndicatorsCommand(string? FileName, byte[]? Content) : ICommand<RiskImportResult>;

internal sealed record RejectedRow(int Row, string Errors, IReadOnlyDictionary<string, string> Values);

internal sealed record RiskImportResult(Guid ImportId, bool Accepted, int Rows, int Imported, int AlreadyImported, IReadOnlyList<RejectedRow> Rejected);

internal static class RiskImportColumns
{
    public const string Kind = "类型";
    public const string CreditCode = "统一社会信用代码";
    public const string Employer = "单位名称";
    public const string Industry = "行业";
    public const string District = "区划代码";
    public const string Date = "日期";
    public const string Amount = "金额";
    public const string Workers = "涉及人数";
    public const string Note = "说明";

    public static readonly IReadOnlyList<string> All = [Kind, CreditCode, Employer, Industry, District, Date, Amount, Workers, Note];

    public static readonly IReadOnlyDictionary<string, RiskIndicatorKind> Kinds = new Dictionary<string, RiskIndicatorKind>
    {
        ["欠缴税款"] = RiskIndicatorKind.TaxArrears,
        ["欠缴社会保险费"] = RiskIndicatorKind.SocialInsuranceArrears,
        ["信访"] = RiskIndicatorKind.Petition,
        ["舆情"] = RiskIndicatorKind.PublicOpinion,
    };

    public const int MaxRows = 5000;
}

internal sealed class ImportRiskIndicatorsHandler(SupervisionDbContext db, RiskAssessor assessor, ICurrentUser user, DeploymentClock clock)
    : IRequestHandler<ImportRiskIndicatorsCommand, RiskImportResult>
{
    public async Task<RiskImportResult> Handle(ImportRiskIndicatorsCommand request, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(request.FileName ?? string.Empty);
        var type = Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" => ExcelType.CSV,
            ".XLSX" => ExcelType.XLSX,
            _ => (ExcelType?)null,
        };
        if (type is null || request.Content is not { Length: > 0 } content)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["file"] = ["请选择CSV或Excel（.xlsx）文件。"] });
        }

        List<IDictionary<string, object?>> rows;
        try
        {
            using var stream = new MemoryStream(StripBom(content));
            rows = [.. MiniExcel.Query(stream, useHeaderRow: true, excelType: type.Value).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or FormatException or System.Xml.XmlException)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["file"] = ["文件无法读取，请使用导入模板。"] });
        }

        var missing = RiskImportColumns.All.Where(c => c != RiskImportColumns.Note && rows.FirstOrDefault()?.ContainsKey(c) != true).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["file"] = [rows.Count == 0 ? "文件中没有数据行。" : $"缺少列：{string.Join("、", missing)}。请使用导入模板。"],
            });
        }

        if (rows.Count > RiskImportColumns.MaxRows)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["file"] = [$"一次最多导入{RiskImportColumns.MaxRows}行。"] });
        }

        var now = clock.UtcNow;
        var importId = Guid.CreateVersion7(now);
        List<RiskIndicator> parsed = [];
        List<RejectedRow> rejected = [];
        for (var i = 0; i < rows.Count; i++)
        {
            var values = RiskImportColumns.All.ToDictionary(c => c, c => Text(rows[i], c));
            var (indicator, errors) = Parse(values, importId, now);
            if (errors.Count > 0)
            {
                rejected.Add(new RejectedRow(i + 2, string.Join("；", errors), values)); // row 1 is the header
            }
            else
            {
                parsed.Add(indicator!);
            }
        }

        if (rejected.Count > 0)
        {
            db.RiskImports.Add(RiskImport.Done(importId, fileName, now, user.DisplayName, rows.Count, RejectionReport(rejected)));
            return new RiskImportResult(importId, false, rows.Count, 0, 0, rejected);
        }

        var imported = 0;
        foreach (var indicator in parsed)
        {
            imported += await assessor.RecordAsync(db, indicator, cancellationToken) ? 1 : 0;
        }

        db.RiskImports.Add(RiskImport.Done(importId, fileName, now, user.DisplayName, rows.Count, null));
        return new RiskImportResult(importId, true, rows.Count, imported, parsed.Count - imported, []);
    }

    private (RiskIndicator? Indicator, List<string> Errors) Parse(Dictionary<string, string> v, Guid importId, DateTimeOffset now)
    {
        List<string> errors = [];
        if (!RiskImportColumns.Kinds.TryGetValue(v[RiskImportColumns.Kind], out var kind))
        {
            errors.Add($"类型应为{string.Join("、", RiskImportColumns.Kinds.Keys)}之一");
        }

        var name = v[RiskImportColumns.Employer];
        if (name.Length is 0 or > 200)
        {
            errors.Add("单位名称不能为空，且不超过200字");
        }

        var code = v[RiskImportColumns.CreditCode];
        if (code.Length > 0 && BuildingBlocks.Domain.UnifiedSocialCreditCode.Validate(code) is { } codeError)
        {
            errors.Add(codeError);
        }

        var district = v[RiskImportColumns.District];
        if (district.Length > 0 && (district.Length != 6 || !district.All(char.IsAsciiDigit)))
        {
            errors.Add("区划代码应为6位数字（GB/T 2260）");
        }

        if (v[RiskImportColumns.Industry].Length > 64)
        {
            errors.Add("行业不超过64字");
        }

        DateOnly date = default;
        if (!TryDate(v[RiskImportColumns.Date], out date))
        {
            errors.Add("日期应为yyyy-MM-dd格式");
        }
        else if (date > clock.Today)
        {
            errors.Add("日期不能晚于今天");
        }

        decimal? amount = null;
        if (v[RiskImportColumns.Amount].Length > 0)
        {
            if (decimal.TryParse(v[RiskImportColumns.Amount], NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= 0)
            {
                amount = a;
            }
            else
            {
                errors.Add("金额应为不小于0的数字");
            }
        }

        var workers = 1;
        if (v[RiskImportColumns.Workers].Length > 0 && (!int.TryParse(v[RiskImportColumns.Workers], NumberStyles.None, CultureInfo.InvariantCulture, out workers) || workers < 1))
        {
            errors.Add("涉及人数应为正整数");
        }

        if (v[RiskImportColumns.Note].Length > 500)
        {
            errors.Add("说明不超过500字");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var employerKey = RiskIndicator.KeyOf(code, name);
        var source = $"import/{kind}/{employerKey}/{date:yyyyMMdd}/{Hash($"{amount}|{v[RiskImportColumns.Note]}")}";
        return (RiskIndicator.Record(Guid.CreateVersion7(now), kind, source, code.Length > 0 ? code : null, name, date, string.Empty, workers, amount,
            v[RiskImportColumns.Industry], district, v[RiskImportColumns.Note].Length > 0 ? v[RiskImportColumns.Note] : null, importId), errors);
    }

    private static string Text(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? value switch
    {
        null => string.Empty,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    } : string.Empty;

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private static byte[] StripBom(byte[] content) =>
        content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? content[3..] : content;

    /// <summary>The rejected rows as CSV: 行号, 错误, then the row's own columns.</summary>
    private static string RejectionReport(IEnumerable<RejectedRow> rejected)
    {
        var rows = rejected.Select(r =>
        {
            var row = new Dictionary<string, object> { ["行号"] = r.Row, ["错误"] = r.Errors };
            foreach (var (key, value) in r.Values)
            {
                row[key] = value;
            }

            return row;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, excelType: ExcelType.CSV);
        return Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    }
}

/// <summary>The report of a rejected import, as the CSV the importer downloads (with a BOM so that Excel reads the Chinese).</summary>
internal sealed record RiskImportReportQuery(Guid ImportId) : IQuery<string>;

internal sealed class RiskImportReportHandler(SupervisionDbContext db) : IRequestHandler<RiskImportReportQuery, string>
{
    public async Task<string> Handle(RiskImportReportQuery request, CancellationToken cancellationToken) =>
        await db.RiskImports.AsNoTracking().Where(i => i.Id == request.ImportId && i.RejectionReport != null).Select(i => i.RejectionReport).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("导入退回报告", request.ImportId);
}

internal sealed class RiskImportEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/risk/imports", async (IFormFile file, IMediator mediator, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var result = await mediator.Send(new ImportRiskIndicatorsCommand(file.FileName, buffer.ToArray()), ct);
            return result.Accepted ? Results.Ok(result) : Results.UnprocessableEntity(result);
        }).DisableAntiforgery()
            .Produces<RiskImportResult>(StatusCodes.Status200OK)
            .Produces<RiskImportResult>(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/risk/imports/{id:guid}/rejected.csv", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.File(RiskExport.WithBom(await mediator.Send(new RiskImportReportQuery(id), ct)), "text/csv; charset=utf-8", "导入退回行.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        api.MapGet("/risk/imports/template.csv", () =>
            Results.File(RiskExport.WithBom(string.Join(",", RiskImportColumns.All) + "\r\n欠缴社会保险费,,示例单位名称,建筑业,360102,2026-03-01,10000.00,12,示例\r\n"), "text/csv; charset=utf-8", "风险指标导入模板.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }
}
