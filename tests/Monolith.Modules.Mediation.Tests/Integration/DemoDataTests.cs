using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Negotiations;
using Monolith.Modules.Mediation.Features.Cases;
using Monolith.Modules.Mediation.Features.Organisations;
using Monolith.Modules.Mediation.Features.Roster;
using Monolith.Testing;

namespace Monolith.Modules.Mediation.Tests.Integration;

/// <summary>The demo register and cases, seeded through the module's own commands.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task The_demo_register_has_filed_organisations_of_several_kinds_one_unfiled_mediators_experts_sample_matters_in_every_stage_and_seeds_once()
    {
        await using var platform = await TestKit.PlatformAsync();

        await SeedAsync(platform);
        await SeedAsync(platform);

        var organisations = (await platform.SendAsync(new ListOrganisationsQuery(PageSize: 100))).Items;
        Assert.Equal(7, organisations.Count);
        Assert.Single(organisations, o => !o.Filed);
        Assert.Contains(organisations, o => o.Kind == OrganisationKind.EnterpriseCommittee && o.StaffCount >= 100);
        Assert.Equal(2, organisations.Count(o => o.AcceptsEntrustedCases));
        Assert.All(organisations, o => Assert.EndsWith("（演示）", o.Name, StringComparison.Ordinal));
        Assert.Equal(14, (await platform.SendAsync(new ListMediatorsQuery())).Total);
        Assert.Equal(3, (await platform.SendAsync(new ListExpertsQuery())).Total);
        var cases = (await platform.SendAsync(new ListCasesQuery(CaseView.All))).Items;
        Assert.Equal(4, cases.Count);
        Assert.Contains(cases, c => c.Status == CaseStatus.InMediation && c.Channel == CaseChannel.Window);
        Assert.Contains(cases, c => c.Status == CaseStatus.Received);
        var agreed = Assert.Single(cases, c => c.Status == CaseStatus.Agreed);
        Assert.NotNull((await platform.SendAsync(new GetCaseQuery(agreed.Id))).Agreement!.NoticeIssuedAt);
        var failed = Assert.Single(cases, c => c.Status == CaseStatus.Failed);
        Assert.Equal(failed.LinkageNumber, Assert.Single(await platform.PublishedAsync<MediationFailedIntegrationEvent>()).LinkageNumber);
        Assert.Equal(NegotiationStatus.AwaitingAnswer, Assert.Single((await platform.SendAsync(new ListNegotiationsQuery())).Items).Status);
    }

    private static async Task SeedAsync(PlatformFixture platform)
    {
        using var scope = platform.Services.CreateScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
        {
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }
}
