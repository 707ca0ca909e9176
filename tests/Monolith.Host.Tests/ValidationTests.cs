using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Domain;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// Bad input is refused with 400 problem details naming each field by its JSON path, in Chinese, before anything is
/// written; the refusal is audited. Business-rule refusals are 409 with a code, unknown ids 404.
/// </summary>
public sealed class ValidationTests(HostFactory host) : IClassFixture<HostFactory>
{
    private const string Digits = "0123456789X";

    public static TheoryData<string, string, int> BadFields => new()
    {
        { "wrong-id-check-digit", "applicant.residentIdNumber", 301 },
        { "bad-phone", "applicant.phone", 302 },
        { "wrong-credit-code-check-character", "respondent.creditCode", 303 },
        { "no-claims", "claims", 304 },
        { "unpaid-wages-without-amount", "claims[0].amount", 305 },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Registering_with_a_bad_field_gives_400_naming_exactly_that_field_in_Chinese_writes_nothing_and_audits_the_rejection(string defect, string expectedKey, int seed)
    {
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");
        var application = Api.NewApplication(new FakeIdentity(seed));
        Break(application, defect);
        var before = await clerk.GetJsonAsync(Api.Applications);
        var rejectionsBefore = await RejectedRegistrationsAsync(admin);

        using var response = await clerk.PostJsonAsync(Api.Applications, application);

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Equal([expectedKey], errors.Keys);
        Assert.All(errors[expectedKey], message => Assert.True(Api.ContainsChinese(message), message));
        Assert.Equal(before.GetProperty("totalCount").GetInt32(), (await clerk.GetJsonAsync(Api.Applications)).GetProperty("totalCount").GetInt32());
        var rejections = await RejectedRegistrationsAsync(admin);
        Assert.Equal(rejectionsBefore.Count + 1, rejections.Count);
        Assert.Equal("arbitration", rejections[0].Text("userName"));
        Assert.Equal(expectedKey, rejections[0].Text("detail"));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_gives_400_naming_its_path_and_writes_nothing()
    {
        var clerk = await host.ClientFor("arbitration");
        var application = Api.NewApplication(new FakeIdentity(310));
        application["claims"]![0]!["amount"] = "一万二千元";
        var before = await clerk.GetJsonAsync(Api.Applications);

        using var response = await clerk.PostJsonAsync(Api.Applications, application);

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Equal(["claims[0].amount"], errors.Keys);
        Assert.True(Api.ContainsChinese(errors["claims[0].amount"].Single()));
        Assert.Equal(before.GetProperty("totalCount").GetInt32(), (await clerk.GetJsonAsync(Api.Applications)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gives_400_naming_where_the_parser_stopped_and_writes_nothing()
    {
        var clerk = await host.ClientFor("arbitration");
        var before = await clerk.GetJsonAsync(Api.Applications);
        const string truncated = """{"applicant": {"name": "张三", "residentIdNumber": """;

        using var response = await clerk.PostAsync(Api.Applications, new StringContent(truncated, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.Errors();
        Assert.Equal(["applicant.residentIdNumber"], errors.Keys);
        Assert.True(Api.ContainsChinese(problem.Text("detail")));
        Assert.Equal(before.GetProperty("totalCount").GetInt32(), (await clerk.GetJsonAsync(Api.Applications)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Referring_without_the_workers_consent_gives_400_on_consentGiven()
    {
        var clerk = await host.ClientFor("arbitration");
        var (id, _) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(320)));

        using var response = await clerk.PostJsonAsync($"{Api.Applications}/{id}/legal-aid-referral", Api.Consent(consentGiven: false));

        var errors = (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors();
        Assert.Equal(["consentGiven"], errors.Keys);
        Assert.True(Api.ContainsChinese(errors["consentGiven"].Single()));
        Assert.Empty((await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("referrals").EnumerateArray());
    }

    [Fact]
    public async Task Referring_twice_gives_409_with_the_referral_pending_code()
    {
        var clerk = await host.ClientFor("arbitration");
        var (id, _) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(330)));
        await clerk.ReferAsync(id);

        using var response = await clerk.PostJsonAsync($"{Api.Applications}/{id}/legal-aid-referral", Api.Consent());

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("arbitration.referral-pending", problem.Text("code"));
        Assert.True(Api.ContainsChinese(problem.Text("detail")));
        Assert.Single((await clerk.GetJsonAsync($"{Api.Applications}/{id}")).GetProperty("referrals").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_application_id_gives_404_problem_details()
    {
        var clerk = await host.ClientFor("arbitration");
        var unknown = Guid.NewGuid();

        using var read = await clerk.GetAsync($"{Api.Applications}/{unknown}");
        using var referred = await clerk.PostJsonAsync($"{Api.Applications}/{unknown}/legal-aid-referral", Api.Consent());

        Assert.Contains(unknown.ToString(), (await read.ReadProblemAsync(HttpStatusCode.NotFound)).Text("detail"), StringComparison.Ordinal);
        await referred.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static void Break(JsonObject application, string defect)
    {
        switch (defect)
        {
            case "wrong-id-check-digit":
                var id = application["applicant"]!["residentIdNumber"]!.GetValue<string>();
                application["applicant"]!["residentIdNumber"] = Api.WithWrongCheckCharacter(id, Digits);
                break;
            case "bad-phone":
                application["applicant"]!["phone"] = "1234567";
                break;
            case "wrong-credit-code-check-character":
                var code = application["respondent"]!["creditCode"]!.GetValue<string>();
                application["respondent"]!["creditCode"] = Api.WithWrongCheckCharacter(code, UnifiedSocialCreditCode.CodeCharacters);
                break;
            case "no-claims":
                application["claims"] = new JsonArray();
                break;
            case "unpaid-wages-without-amount":
                application["claims"]![0]!.AsObject().Remove("amount");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(defect), defect, null);
        }
    }

    /// <summary>Rejected registrations in the audit log, newest first.</summary>
    private static async Task<List<JsonElement>> RejectedRegistrationsAsync(HttpClient admin) =>
        (await admin.GetJsonAsync("/api/admin/audit?user=arbitration")).GetProperty("items").EnumerateArray()
            .Where(e => e.Text("action") == "Arbitration.RegisterApplication" && e.Text("outcome") == "Rejected")
            .ToList();
}
