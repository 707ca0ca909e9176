using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Demo;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

public sealed class LawyerTests : IAsyncLifetime
{
    private static readonly FakeIdentity Fake = new(42);

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_lawyer_added_to_the_roster_is_stored_trimmed_and_active()
    {
        var name = Fake.PersonName();
        var phone = Fake.MobileNumber();

        var id = await platform.SendAsync(new AddLawyerCommand($" {name} ", " 江西正源律师事务所（演示） ", $" {phone} "));

        var lawyer = Assert.Single((await platform.SendAsync(new ListLawyersQuery())).Items);
        Assert.Equal(new LawyerView(id, name, "江西正源律师事务所（演示）", phone, IsActive: true), lawyer);
    }

    [Theory]
    [InlineData("name", "", "江西正源律师事务所（演示）", "17011112222")]
    [InlineData("name", null, "江西正源律师事务所（演示）", "17011112222")]
    [InlineData("name", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "江西正源律师事务所（演示）", "17011112222")]
    [InlineData("firm", "王伟", " ", "17011112222")]
    [InlineData("firm", "王伟", null, "17011112222")]
    [InlineData("phone", "王伟", "江西正源律师事务所（演示）", "12345")]
    [InlineData("phone", "王伟", "江西正源律师事务所（演示）", null)]
    [InlineData("phone", "王伟", "江西正源律师事务所（演示）", "0791-12")]
    public async Task An_invalid_lawyer_is_reported_on_the_field_and_not_added(string key, string? name, string? firm, string? phone)
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new AddLawyerCommand(name, firm, phone)));

        Assert.Equal([key], error.Errors.Keys);
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Lawyers.CountAsync()));
    }

    [Fact]
    public async Task A_landline_number_is_accepted()
    {
        await platform.SendAsync(new AddLawyerCommand("王伟", "南昌市法律援助中心（演示）", "0791-86000000"));

        Assert.Equal("0791-86000000", Assert.Single((await platform.SendAsync(new ListLawyersQuery())).Items).Phone);
    }

    [Fact]
    public async Task The_roster_lists_active_lawyers_by_firm_then_name()
    {
        await platform.SendAsync(new AddLawyerCommand("周敏", "B律师事务所（演示）", Fake.MobileNumber()));
        await platform.SendAsync(new AddLawyerCommand("陈静", "A律师事务所（演示）", Fake.MobileNumber()));
        await platform.SendAsync(new AddLawyerCommand("吴刚", "B律师事务所（演示）", Fake.MobileNumber()));
        await platform.SendAsync(new AddLawyerCommand("黄磊", "A律师事务所（演示）", Fake.MobileNumber()));
        var inactive = await platform.AddInactiveLawyerAsync();

        var roster = (await platform.SendAsync(new ListLawyersQuery())).Items;

        var expected = new[] { ("A律师事务所（演示）", "陈静"), ("A律师事务所（演示）", "黄磊"), ("B律师事务所（演示）", "吴刚"), ("B律师事务所（演示）", "周敏") }
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal);
        Assert.Equal(expected, roster.Select(l => (l.Firm, l.Name)));
        Assert.DoesNotContain(roster, l => l.Id == inactive.Id);

        var everyone = (await platform.SendAsync(new ListLawyersQuery(ActiveOnly: false))).Items;
        Assert.Equal(5, everyone.Count);
        Assert.False(everyone.Single(l => l.Id == inactive.Id).IsActive);
    }
}
