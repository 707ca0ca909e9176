using Microsoft.Extensions.DependencyInjection;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetCase;
using Monolith.Modules.Arbitration.Features.ListApplications;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class DemoDataTests
{
    [Fact]
    public async Task The_demo_has_a_referred_linkage_case_and_a_filed_collective_case_with_its_first_hearing()
    {
        await using var platform = await TestKit.PlatformAsync();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await new ArbitrationDemoData().SeedAsync(scope.ServiceProvider, default);
        }

        var list = (await platform.SendAsync(new ListApplicationsQuery())).Items;
        Assert.Equal(3, list.Count);
        var collective = list[0];
        Assert.True(collective.IsCollective);
        Assert.Equal(ApplicationStatus.Filed, collective.Status);
        var view = await platform.SendAsync(new GetCaseQuery(collective.Id));
        Assert.Equal("第一仲裁庭", Assert.Single(view.Hearings).Room);
        Assert.Equal(LimitationVerdict.Within, view.Limitation.Verdict);
    }
}
