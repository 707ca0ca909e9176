using System.Text.Json;
using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// Personal data: lists show identity numbers masked and are not audited as reads; opening one application shows them
/// in full and is audited with the linkage number and the reader; every command is audited.
/// </summary>
public sealed partial class AuditTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Registering_writes_a_command_entry_with_the_linkage_number_and_the_clerk()
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");

        var (_, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(401)));

        var entry = Assert.Single(await AuditAsync(admin, linkageNumber));
        Assert.Equal("Command", entry.Text("kind"));
        Assert.Equal("Arbitration.RegisterApplication", entry.Text("action"));
        Assert.Equal("Succeeded", entry.Text("outcome"));
        Assert.Equal("arbitration", entry.Text("userName"));
        Assert.Equal("ArbitrationClerk", entry.Text("role"));
        Assert.Equal(HostFactory.Start, entry.GetInstant("at"));
    }

    [Fact]
    public async Task Opening_an_application_shows_the_full_id_number_and_audits_the_read_with_the_linkage_number_and_the_reader()
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");
        var application = Api.NewApplication(new FakeIdentity(402));
        var idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
        var (id, linkageNumber) = await clerk.RegisterAsync(application);
        Assert.DoesNotContain(await AuditAsync(admin, linkageNumber), e => e.Text("kind") == "PersonalDataRead");

        var details = await clerk.GetJsonAsync($"{Api.Applications}/{id}");

        Assert.Equal(idNumber, details.GetProperty("applicant").Text("residentIdNumber"));
        var read = Assert.Single(await AuditAsync(admin, linkageNumber), e => e.Text("kind") == "PersonalDataRead");
        Assert.Equal("arbitration", read.Text("userName"));
        Assert.Equal("Arbitration.GetApplication", read.Text("action"));
        Assert.Equal("Succeeded", read.Text("outcome"));
    }

    [Fact]
    public async Task The_list_masks_id_numbers_and_its_read_is_audited_because_it_shows_names()
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");
        var application = Api.NewApplication(new FakeIdentity(403));
        var idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
        var (id, _) = await clerk.RegisterAsync(application);
        var readsBefore = await PersonalDataReadsAsync(admin);

        var list = await clerk.GetJsonAsync(Api.Applications);

        var item = list.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        var masked = item.Text("applicantIdNumber");
        Assert.Matches(MaskedIdNumber(), masked);
        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], masked);
        Assert.DoesNotContain(idNumber, list.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(readsBefore + 1, await PersonalDataReadsAsync(admin));
        var newest = (await admin.GetJsonAsync("/api/admin/audit?user=arbitration")).GetProperty("items").EnumerateArray().First();
        Assert.Equal("PersonalDataRead", newest.Text("kind"));
        Assert.Equal("仲裁申请列表", newest.Text("subject"));
    }

    [Fact]
    public async Task Legal_aid_masks_id_numbers_in_its_list_too_and_shows_them_in_full_on_the_detail()
    {
        var clerk = await host.ClientFor("arbitration");
        var reviewer = await host.ClientFor("legalaid");
        var application = Api.NewApplication(new FakeIdentity(404));
        var idNumber = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
        var (id, linkageNumber) = await clerk.RegisterAsync(application);
        await clerk.ReferAsync(id);

        var item = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);

        Assert.Equal(idNumber[..6] + "********" + idNumber[14..], item.Text("applicantIdNumber"));
        var details = await reviewer.GetJsonAsync($"{Api.LegalAidApplications}/{item.GetProperty("id").GetGuid()}");
        Assert.Equal(idNumber, details.GetProperty("applicant").Text("residentIdNumber"));
    }

    [Fact]
    public async Task A_modules_deadline_list_is_audited_as_that_modules_read()
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");
        await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(405)));

        await clerk.GetJsonAsync("/api/arbitration/deadlines");

        var newest = (await admin.GetJsonAsync("/api/admin/audit?user=arbitration")).GetProperty("items").EnumerateArray().First();
        Assert.Equal("PersonalDataRead", newest.Text("kind"));
        Assert.Equal("Arbitration.ListDeadlines", newest.Text("action"));
        Assert.Equal("期限列表", newest.Text("subject"));
        Assert.Equal("Succeeded", newest.Text("outcome"));
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string subject) =>
        (await admin.GetJsonAsync($"/api/admin/audit?subject={Uri.EscapeDataString(subject)}")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<int> PersonalDataReadsAsync(HttpClient admin) =>
        (await admin.GetJsonAsync("/api/admin/audit?user=arbitration")).GetProperty("items").EnumerateArray().Count(e => e.Text("kind") == "PersonalDataRead");

    [GeneratedRegex(@"^\d{6}\*{8}\d{3}[\dX]$")]
    private static partial Regex MaskedIdNumber();
}
