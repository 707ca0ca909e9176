using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Mediation.Tests.Unit;

public sealed class MediationDescriptorTests
{
    private static readonly ModuleInfo Descriptor = MediationModule.Descriptor;

    [Fact]
    public void Mediation_declares_its_names_schema_and_linkage_code()
    {
        Assert.Equal("Mediation", Descriptor.Name);
        Assert.Equal("mediation", Descriptor.Schema);
        Assert.Equal("调解", Descriptor.DisplayName);
        Assert.Equal("调解组织", Descriptor.AgencyName);
        Assert.Equal("TJ", Descriptor.LinkageCode);
        Assert.True(LinkageNumber.IsWellFormed(LinkageNumber.Format("360100", Descriptor.LinkageCode!, 2026, 1)));
        Assert.Empty(Descriptor.Validate());
    }

    [Fact]
    public void Its_one_role_is_the_mediator_with_a_demo_account_and_a_way_into_its_own_area()
    {
        var role = Assert.Single(Descriptor.Roles);
        Assert.Equal(new RoleInfo("MediationOfficer", "调解员"), role);

        var account = Assert.Single(Descriptor.DemoAccounts);
        Assert.Equal(new DemoAccount("mediation", role.Name), account);

        Assert.NotEmpty(Descriptor.Navigation);
        Assert.All(Descriptor.Navigation, link =>
        {
            Assert.Equal(role.Name, link.Role);
            Assert.True(link.Url == "/Mediation" || link.Url.StartsWith("/Mediation/", StringComparison.Ordinal), link.Url);
            Assert.False(string.IsNullOrWhiteSpace(link.Title));
        });
    }

    [Fact]
    public void A_directory_of_mediation_alone_sends_the_mediator_to_its_pages()
    {
        var directory = new ModuleDirectory([Descriptor]);

        Assert.Equal("调解员", directory.RoleDisplayName(MediationModule.Role));
        Assert.Same(Descriptor, directory.ModuleOfRole(MediationModule.Role));
        Assert.Equal("/Mediation", directory.NavigationFor(MediationModule.Role)[0].Url);
    }
}
