using System.Text;
using MediatR;
using MiniExcelLibs;

namespace Monolith.Modules.Supervision.Features.Risk;

/// <summary>The risk ledger (every employer, most urgent first) as CSV and as an Excel workbook.</summary>
internal static class RiskExport
{
    public static async Task<byte[]> CsvAsync(IMediator mediator, CancellationToken cancellationToken) => await WriteAsync(mediator, ExcelType.CSV, cancellationToken);

    public static async Task<byte[]> XlsxAsync(IMediator mediator, CancellationToken cancellationToken) => await WriteAsync(mediator, ExcelType.XLSX, cancellationToken);

    /// <summary>UTF-8 with exactly one byte-order mark, so that Excel reads the Chinese.</summary>
    public static byte[] WithBom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.TrimStart('\uFEFF'))];

    private static async Task<byte[]> WriteAsync(IMediator mediator, ExcelType type, CancellationToken cancellationToken)
    {
        List<Dictionary<string, object>> rows = [];
        for (var page = 1; ; page++)
        {
            var ledger = await mediator.Send(new RiskLedgerQuery(Page: page), cancellationToken);
            rows.AddRange(ledger.Employers.Select(e => new Dictionary<string, object>
            {
                ["单位名称"] = e.EmployerName,
                ["统一社会信用代码或名称"] = e.EmployerKey,
                ["行业"] = e.Industry ?? string.Empty,
                ["区划代码"] = e.DistrictCode ?? string.Empty,
                ["风险分"] = e.Score,
                ["风险等级"] = e.LevelName,
                ["触发规则"] = e.RulesFired.Replace("\n", "；", StringComparison.Ordinal),
            }));
            if (page * ledger.PageSize >= ledger.Total)
            {
                break;
            }
        }

        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, excelType: type, cancellationToken: cancellationToken);
        return type == ExcelType.CSV ? WithBom(Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF')) : stream.ToArray();
    }
}
