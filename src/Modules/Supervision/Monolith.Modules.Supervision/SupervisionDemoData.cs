using System.Globalization;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Features.Letters;
using Monolith.Modules.Supervision.Features.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision;

/// <summary>
/// Demo data, all fake and marked （演示）: one 检察建议书 awaiting its reply, and imported risk indicators (social-insurance
/// arrears, petitions, public opinion) for three fake employers in two districts, so the risk ledger and its charts
/// have something to show. Entered through the module's own commands.
/// </summary>
internal sealed class SupervisionDemoData : IDemoDataSeeder
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SupervisionDbContext>();
        if (await db.Letters.AnyAsync(l => l.SourceModule == SupervisionModule.Descriptor.Name, cancellationToken) || await db.RiskImports.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var today = services.GetRequiredService<DeploymentClock>().Today;
        var fake = new FakeIdentity(60);
        await mediator.Send(new RegisterLetterCommand(
            LetterKind.ProcuratorialSuggestion, "洪检民建〔2026〕1号（演示）", "南昌市人民检察院（演示）", RecipientKind.Department, "南昌市人力资源和社会保障局（演示）", null,
            "辖区部分建筑工地农民工工资专用账户未按规定开设，欠薪投诉反复发生。", "《人民检察院检察建议工作规定》", "督促落实工资专用账户和工资保证金制度，并书面回复办理情况。", null),
            cancellationToken);

        var employers = Enumerable.Range(0, 3).Select(_ => (Name: fake.EmployerName().Replace("有限公司", "有限公司（演示）", StringComparison.Ordinal), Code: fake.CreditCode())).ToList();
        string Row(string kind, int employer, string industry, string district, int daysAgo, string amount, string workers, string note) =>
            string.Create(CultureInfo.InvariantCulture, $"{kind},{employers[employer].Code},{employers[employer].Name},{industry},{district},{today.AddDays(-daysAgo):yyyy-MM-dd},{amount},{workers},{note}");
        var csv = string.Join("\r\n",
        [
            "类型,统一社会信用代码,单位名称,行业,区划代码,日期,金额,涉及人数,说明",
            Row("欠缴社会保险费", 0, "建筑业", "360111", 20, "86000", "35", "演示数据"),
            Row("信访", 0, "建筑业", "360111", 12, "", "18", "演示数据：集体反映拖欠工资"),
            Row("舆情", 0, "建筑业", "360111", 5, "", "", "演示数据：网络反映欠薪"),
            Row("欠缴税款", 1, "制造业", "360102", 40, "120000", "", "演示数据"),
            Row("信访", 1, "制造业", "360102", 8, "", "6", "演示数据"),
            Row("欠缴社会保险费", 2, "住宿和餐饮业", "360102", 30, "15000", "9", "演示数据"),
        ]) + "\r\n";
        await mediator.Send(new ImportRiskIndicatorsCommand("演示风险指标.csv", Encoding.UTF8.GetBytes(csv)), cancellationToken);
    }
}
