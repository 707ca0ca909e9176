using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Documents;
using Monolith.Modules.Mediation.Features.Statistics;

namespace Monolith.Modules.Mediation.Tests.Unit;

public sealed class ExportAndNumberTests
{
    [Theory]
    [InlineData("南昌市调解中心", "南昌市调解中心")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-5", "'-5")]
    public void Csv_fields_are_quoted_when_needed_and_formulas_neutralised(string value, string expected)
    {
        Assert.Equal(expected, StatisticsCsv.Field(value));
    }

    [Fact]
    public void The_report_has_a_header_a_row_per_organisation_and_the_total()
    {
        var report = new StatisticsReport(null, null, [new(Guid.NewGuid(), "某调解室", "乡镇（街道）劳动人事争议调解组织", 3, 2, 1, 0, 4.5)], new(null, "合计", string.Empty, 3, 2, 1, 0, 4.5));

        var lines = StatisticsCsv.Write(report).TrimEnd().Split(Environment.NewLine);

        Assert.Equal("调解组织,类型,受理数,调解成功数,调解不成数,办理中,调解成功率,平均办理天数", lines[0]);
        Assert.Equal("某调解室,乡镇（街道）劳动人事争议调解组织,3,2,1,0,66.7%,4.5", lines[1]);
        Assert.Equal("合计,,3,2,1,0,66.7%,4.5", lines[2]);
    }

    [Fact]
    public void Document_numbers_carry_the_kind_the_year_and_the_matter_and_a_second_case_of_a_matter_is_told_apart()
    {
        var first = Case("360100-TJ-2026-000012", 1);
        var second = Case("360100-ZC-2026-000003", 2);

        Assert.Equal("调协〔2026〕TJ000012号", DocumentNumbers.Agreement(first));
        Assert.Equal("履告〔2026〕TJ000012号", DocumentNumbers.FulfilmentNotice(first));
        Assert.Equal("调终〔2026〕ZC000003-2号", DocumentNumbers.Termination(second));
    }

    private static MediationCase Case(string linkageNumber, int sequence) => MediationCase.Register(
        Guid.NewGuid(), linkageNumber, sequence, CaseChannel.Entrusted, new Worker("王芳", "360102199001011234", "17012345678"), new Employer("某公司", "x"),
        [new CaseClaim(Guid.NewGuid(), MediationClaimKind.Wages, 1m, null)], null, TestKit.Monday, "m",
        new Entrustment(Guid.NewGuid(), EntrustmentKind.Entrusted, "Arbitration", "仲裁院", linkageNumber, TestKit.Monday, "c"));
}
