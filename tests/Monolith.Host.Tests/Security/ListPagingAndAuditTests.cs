using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Issue #7, defects 10 and 12: every record of a list is reachable page by page (the shared paging convention, ADR
/// 0031), out-of-range paging is a 400 naming the parameter, and the reads the probe found unaudited (lawyer roster,
/// account list, the audit log itself) are audited, a list read with the matters or records it showed.
/// </summary>
public sealed class ListPagingAndAuditTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Every_application_is_reachable_page_by_page_and_the_pages_do_not_overlap()
    {
        var clerk = await host.ClientFor("arbitration");
        var registered = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            registered.Add((await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(7100 + i)))).Id);
        }

        var seen = new List<Guid>();
        var total = -1;
        for (var page = 1; ; page++)
        {
            var answer = await clerk.GetJsonAsync($"{Api.Applications}?pageSize=2&pageNumber={page}");
            Assert.Equal(page, answer.GetProperty("pageNumber").GetInt32());
            Assert.Equal(2, answer.GetProperty("pageSize").GetInt32());
            total = answer.GetProperty("totalCount").GetInt32();
            var items = answer.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
            Assert.InRange(items.Count, 0, 2);
            seen.AddRange(items);
            if (!answer.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Superset(registered.ToHashSet(), seen.ToHashSet());
    }

    [Theory]
    [InlineData("/api/arbitration/applications?pageSize=0", "pageSize")]
    [InlineData("/api/arbitration/applications?pageSize=201", "pageSize")]
    [InlineData("/api/arbitration/deadlines?pageNumber=0", "pageNumber")]
    [InlineData("/api/legalaid/lawyers?pageSize=-1", "pageSize")]
    [InlineData("/api/admin/audit?pageNumber=-5", "pageNumber")]
    [InlineData("/api/admin/accounts?pageSize=100000", "pageSize")]
    [InlineData("/api/admin/messages?pageNumber=0", "pageNumber")]
    [InlineData("/api/supervision/oversight?pageSize=0", "pageSize")]
    public async Task Paging_out_of_range_is_a_400_naming_the_parameter(string path, string field)
    {
        var user = path.Split('/')[2] switch
        {
            "admin" => "admin",
            var module => module,
        };
        var client = await host.ClientFor(user);

        using var response = await client.GetAsync(path);

        Assert.Equal([field], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors().Keys);
    }

    [Fact]
    public async Task A_list_read_is_audited_with_the_linkage_numbers_it_showed_so_a_search_for_the_matter_finds_it()
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");
        var (_, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(7110)));

        await clerk.GetJsonAsync($"{Api.Applications}?pageSize=200");

        var reads = await AuditAsync(admin, $"subject={Uri.EscapeDataString(linkageNumber)}");
        var listRead = Assert.Single(reads, e => e.Text("action") == "Arbitration.ListApplications");
        Assert.Equal("PersonalDataRead", listRead.Text("kind"));
        Assert.Contains(linkageNumber, listRead.GetProperty("shown").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Reading_the_lawyer_roster_is_audited_with_the_lawyers_shown()
    {
        var reviewer = await host.ClientFor("legalaid");
        var admin = await host.ClientFor("admin");
        using var added = await reviewer.PostJsonAsync("/api/legalaid/lawyers", new JsonObject
        {
            ["name"] = "测试律师甲", ["firm"] = "某某律师事务所（虚构）", ["phone"] = new FakeIdentity(7111).MobileNumber(),
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var lawyerId = (await added.ReadJsonAsync()).GetProperty("id").GetGuid();

        await reviewer.GetJsonAsync("/api/legalaid/lawyers?pageSize=200");

        var read = Assert.Single(await AuditAsync(admin, "user=legalaid"), e => e.Text("action") == "LegalAid.ListLawyers" && e.Text("outcome") == "Succeeded");
        Assert.Equal("PersonalDataRead", read.Text("kind"));
        Assert.Contains($"lawyer:{lawyerId}", read.GetProperty("shown").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Reading_the_account_list_and_the_audit_log_is_itself_audited()
    {
        var admin = await host.ClientFor("admin");

        await admin.GetJsonAsync("/api/admin/accounts");
        await admin.GetJsonAsync("/api/admin/audit?user=nobody.in.particular");

        var reads = (await AuditAsync(admin, "user=admin&kind=PersonalDataRead&pageSize=200")).Select(e => e.Text("action")).ToList();
        Assert.Contains("Platform.ListAccounts", reads);
        Assert.Contains("Platform.ListAuditEntries", reads);
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string query) =>
        (await admin.GetJsonAsync($"/api/admin/audit?{query}")).GetProperty("items").EnumerateArray().ToList();
}
