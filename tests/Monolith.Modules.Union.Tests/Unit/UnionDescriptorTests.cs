using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Modules;

namespace Monolith.Modules.Union.Tests.Unit;

public sealed class UnionDescriptorTests
{
    private static readonly ModuleInfo Descriptor = UnionModule.Descriptor;

    [Fact]
    public void Union_declares_its_names_schema_and_linkage_code()
    {
        Assert.Equal("Union", Descriptor.Name);
        Assert.Equal("union", Descriptor.Schema);
        Assert.Equal("工会", Descriptor.DisplayName);
        Assert.Equal("工会", Descriptor.AgencyName);
        Assert.Equal("GH", Descriptor.LinkageCode);
        Assert.True(LinkageNumber.IsWellFormed(LinkageNumber.Format("360100", Descriptor.LinkageCode!, 2026, 1)));
        Assert.Empty(Descriptor.Validate());
    }

    [Fact]
    public void Its_one_role_is_the_union_officer_with_a_demo_account_and_a_way_into_its_own_area()
    {
        var role = Assert.Single(Descriptor.Roles);
        Assert.Equal(new RoleInfo("UnionOfficer", "工会维权工作人员"), role);

        var account = Assert.Single(Descriptor.DemoAccounts);
        Assert.Equal(new DemoAccount("union", role.Name), account);

        Assert.NotEmpty(Descriptor.Navigation);
        Assert.All(Descriptor.Navigation, link =>
        {
            Assert.True(link.Url == "/Union" || link.Url.StartsWith("/Union/", StringComparison.Ordinal), link.Url);
            Assert.False(string.IsNullOrWhiteSpace(link.Title));
        });
        Assert.Equal(["/Union"], Descriptor.Navigation.Where(l => l.Role == role.Name).Select(l => l.Url));
    }

    [Fact]
    public void Administrators_get_the_meeting_calendar_and_every_role_its_meetings_and_action_items()
    {
        Assert.Equal(["/Union/Meetings"], Descriptor.Navigation.Where(l => l.Role == PlatformRoles.Administrator).Select(l => l.Url));
        Assert.Equal(["/Union/My/Meetings", "/Union/My/ActionItems"], Descriptor.Navigation.Where(l => l.Role == NavLink.EveryRole).Select(l => l.Url));

        var directory = new ModuleDirectory([Monolith.Modules.Platform.PlatformModule.Descriptor, Descriptor]);
        Assert.Equal(["/Union", "/Union/My/Meetings", "/Union/My/ActionItems"], directory.NavigationFor(UnionModule.Role).Select(l => l.Url));
        Assert.Equal(["/Union/My/Meetings", "/Union/My/ActionItems"], directory.NavigationFor("SomeoneElse").Select(l => l.Url));
        Assert.Empty(directory.NavigationFor(null));
    }

    [Fact]
    public void A_directory_of_union_alone_sends_the_union_officer_to_its_pages()
    {
        var directory = new ModuleDirectory([Monolith.Modules.Platform.PlatformModule.Descriptor, Descriptor]);

        Assert.Equal("工会维权工作人员", directory.RoleDisplayName(UnionModule.Role));
        Assert.Same(Descriptor, directory.ModuleOfRole(UnionModule.Role));
        Assert.Equal("/Union", directory.NavigationFor(UnionModule.Role)[0].Url);
        Assert.Throws<InvalidOperationException>(() => new ModuleDirectory([Descriptor]));
    }
}
