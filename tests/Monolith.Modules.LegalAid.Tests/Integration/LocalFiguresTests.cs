using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>
/// The economic-hardship standard is a per-deployment figure (LegalAid:Eligibility): the shipped configuration is the
/// demo's and says so wherever the figure is shown; a deployment's own figure replaces it in the assessment and the view.
/// </summary>
public sealed class LocalFiguresTests
{
    [Fact]
    public async Task The_shipped_figure_is_shown_as_a_local_demo_figure_not_verified()
    {
        await using var platform = await TestKit.PlatformAsync();
        var submitted = await platform.SubmitAsync(TestKit.Direct(isMigrantWorker: false, income: 1400m));

        var standard = (await platform.SendAsync(new GetApplicationQuery(submitted.Id))).HardshipStandard;

        Assert.Equal((1500m, true, "本地配置"), (standard.MonthlyIncomePerCapita, standard.IsDemoFigure, standard.Source));
        Assert.Contains("本地配置", standard.Text, StringComparison.Ordinal);
        Assert.Contains("演示数值，未经核实", standard.Text, StringComparison.Ordinal);
        Assert.Contains("演示配置", standard.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deployments_own_figure_is_used_in_the_assessment_and_shown_without_the_demo_flag()
    {
        await using var platform = await PlatformFixture.CreateAsync([new LegalAidModule()], settings: new Dictionary<string, string?>
        {
            ["LegalAid:Eligibility:Province"] = "测试省",
            ["LegalAid:Eligibility:HardshipMonthlyIncomePerCapita"] = "2100",
            ["LegalAid:Eligibility:StandardBasis"] = "测试省经济困难标准（测试用文件）",
            ["LegalAid:Eligibility:IsDemoFigure"] = "false",
        });
        platform.User.ActAs("legalaid", "LegalAidReviewer");
        var submitted = await platform.SubmitAsync(TestKit.Direct(isMigrantWorker: false, income: 2000m));

        var details = await platform.SendAsync(new GetApplicationQuery(submitted.Id));

        Assert.Equal(HardshipFinding.Meets, details.Eligibility.Hardship); // 2000 ≤ 2100; the demo's 1500 would refuse it
        Assert.Equal("家庭人均月收入不高于2100元（本地配置：测试省，测试省经济困难标准（测试用文件））", details.HardshipStandard.Text);
    }
}
