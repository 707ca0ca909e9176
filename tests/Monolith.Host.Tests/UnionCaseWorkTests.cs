using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>The union refers a consultation to legal aid through the real service, and legal aid's decision comes back to the union.</summary>
public sealed class UnionCaseWorkTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_union_referral_reaches_legal_aid_and_the_grant_comes_back_to_the_union()
    {
        var fake = new FakeIdentity(9101);
        var officer = await host.ClientFor("union");
        using var created = await officer.PostJsonAsync("/api/union/consultations", new JsonObject
        {
            ["channel"] = "ServicePoint",
            ["workerName"] = fake.PersonName(),
            ["residentIdNumber"] = fake.ResidentIdNumber(),
            ["phone"] = fake.MobileNumber(),
            ["isMigrantWorker"] = true,
            ["employerName"] = fake.EmployerName(),
            ["question"] = "工地拖欠三个月工资",
        });
        var body = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        var (id, linkageNumber) = (body.GetProperty("id").GetGuid(), body.Text("linkageNumber"));
        Assert.Matches(@"^360100-GH-2026-\d{6}$", linkageNumber);

        using (var refused = await (await host.ClientFor("arbitration")).GetAsync("/api/union/consultations"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var referred = await officer.PostJsonAsync($"/api/union/consultations/{id}/legal-aid-referral", new JsonObject
        {
            ["consentGiven"] = true, ["workerHasNoAgent"] = true, ["economicHardshipStated"] = true, ["claimKind"] = "LabourRemuneration", ["amount"] = 21000,
        });
        Assert.Equal(HttpStatusCode.Accepted, referred.StatusCode);

        var reviewer = await host.ClientFor("legalaid");
        var item = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        Assert.Contains("工会", item.Text("source"), StringComparison.Ordinal);
        var lawyer = (await reviewer.GetJsonAsync("/api/legalaid/lawyers")).EnumerateArray().First();
        using var granted = await reviewer.PostJsonAsync($"{Api.LegalAidApplications}/{item.GetProperty("id").GetGuid()}/grant", new JsonObject { ["lawyerId"] = lawyer.GetProperty("id").GetGuid() });
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);

        var consultation = await Eventually.MatchAsync(
            () => officer.GetJsonAsync($"/api/union/consultations/{id}"),
            c => c.GetProperty("referrals")[0].Text("status") == "Granted",
            Api.EventualTimeout,
            because: "legal aid's decision should come back to the union");
        Assert.Equal(lawyer.Text("name"), consultation.GetProperty("referrals")[0].Text("lawyerName"));
    }
}
