using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Inspection.Tests.Unit;

public sealed class InspectionDescriptorTests
{
    private static readonly ModuleInfo Descriptor = InspectionModule.Descriptor;

    [Fact]
    public void Inspection_declares_its_names_schema_and_linkage_code()
    {
        Assert.Equal("Inspection", Descriptor.Name);
        Assert.Equal("inspection", Descriptor.Schema);
        Assert.Equal("劳动保障监察", Descriptor.DisplayName);
        Assert.Equal("劳动保障监察机构", Descriptor.AgencyName);
        Assert.Equal("JC", Descriptor.LinkageCode);
        Assert.True(LinkageNumber.IsWellFormed(LinkageNumber.Format("360100", Descriptor.LinkageCode!, 2026, 1)));
        Assert.Empty(Descriptor.Validate());
    }

    [Fact]
    public void Its_one_role_is_the_inspection_officer_with_a_demo_account_and_a_way_into_its_own_area()
    {
        var role = Assert.Single(Descriptor.Roles);
        Assert.Equal(new RoleInfo("InspectionOfficer", "劳动保障监察员"), role);

        var account = Assert.Single(Descriptor.DemoAccounts);
        Assert.Equal(new DemoAccount("inspection", role.Name), account);

        Assert.NotEmpty(Descriptor.Navigation);
        Assert.All(Descriptor.Navigation, link =>
        {
            Assert.Equal(role.Name, link.Role);
            Assert.True(link.Url == "/Inspection" || link.Url.StartsWith("/Inspection/", StringComparison.Ordinal), link.Url);
            Assert.False(string.IsNullOrWhiteSpace(link.Title));
        });
    }

    [Fact]
    public void A_directory_of_inspection_alone_sends_its_officer_to_its_pages()
    {
        var directory = new ModuleDirectory([Descriptor]);

        Assert.Equal("劳动保障监察员", directory.RoleDisplayName(InspectionModule.Role));
        Assert.Same(Descriptor, directory.ModuleOfRole(InspectionModule.Role));
        Assert.Equal("/Inspection", directory.NavigationFor(InspectionModule.Role)[0].Url);
    }
}
