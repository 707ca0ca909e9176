using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>A host whose per-address limit on anonymous forms is high enough for a class of tests.</summary>
public sealed class GenerousFormLimitHost : HostFactory
{
    public GenerousFormLimitHost() => Settings["RateLimiting:AnonymousForms:PermitLimit"] = "100";
}

/// <summary>A host that allows two anonymous form submissions per address.</summary>
public sealed class TightFormLimitHost : HostFactory
{
    public TightFormLimitHost() => Settings["RateLimiting:AnonymousForms:PermitLimit"] = "2";
}

/// <summary>
/// The public online application form: a worker applies without signing in, gets a receipt with the linkage number
/// once, and the application waits in the reviewer's queue as channel Online with the 7-day review. Antiforgery and
/// field validation protect it and a failure writes nothing.
/// </summary>
public sealed partial class LegalAidOnlineApplicationTests(GenerousFormLimitHost host) : IClassFixture<GenerousFormLimitHost>
{
    private const string Form = "/LegalAid/Apply";

    internal static Dictionary<string, string> Fields(FakeIdentity fake) => new()
    {
        ["Input.ApplicantName"] = fake.PersonName(),
        ["Input.ResidentIdNumber"] = fake.ResidentIdNumber(),
        ["Input.Phone"] = fake.MobileNumber(),
        ["Input.IsMigrantWorker"] = "true",
        ["Input.EmployerName"] = fake.EmployerName(),
        ["Input.Claims[0].Kind"] = "LabourRemuneration",
        ["Input.Claims[0].Amount"] = "8400",
        ["Input.Claims[0].Description"] = "拖欠两个月工资",
        ["Input.EconomicHardshipStated"] = "true",
        ["Input.HardshipStatement"] = "家中仅本人有收入",
        ["Input.MatterDescription"] = "2026年1月至2月工资未发，多次催要未果。",
        ["Input.ConsentGiven"] = "true",
    };

    [Fact]
    public async Task A_worker_applies_without_signing_in_gets_a_receipt_once_and_the_reviewer_finds_it_in_the_queue()
    {
        using var worker = host.Anonymous();
        var fields = Fields(new FakeIdentity(8801));
        var form = await worker.GetStringAsync(Form);
        Assert.Contains("网上申请法律援助", form, StringComparison.Ordinal);
        Assert.Contains("本地配置", form, StringComparison.Ordinal);
        Assert.Contains("演示数值，未经核实", form, StringComparison.Ordinal);

        using var submitted = await PostFormAsync(worker, form, fields);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/LegalAid/Apply/Receipt", submitted.Headers.Location?.OriginalString);
        var receipt = await worker.GetStringAsync("/LegalAid/Apply/Receipt");
        var linkageNumber = LinkageNumber().Match(receipt).Groups[1].Value;
        Assert.Matches(@"^360100-FY-2026-\d{6}$", linkageNumber);
        Assert.Contains("2026年3月9日前作出是否给予法律援助的决定", receipt, StringComparison.Ordinal);
        Assert.Contains("一次性告知", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain(fields["Input.ResidentIdNumber"], receipt, StringComparison.Ordinal);
        Assert.DoesNotContain(fields["Input.ApplicantName"], receipt, StringComparison.Ordinal);

        // Shown once: a second look (or anyone else) sees no linkage number.
        Assert.DoesNotContain(linkageNumber, await worker.GetStringAsync("/LegalAid/Apply/Receipt"), StringComparison.Ordinal);
        using (var stranger = host.Anonymous())
        {
            Assert.DoesNotContain("receipt-linkage-number", await stranger.GetStringAsync("/LegalAid/Apply/Receipt"), StringComparison.Ordinal);
        }

        var reviewer = await host.ClientFor("legalaid");
        var listed = await reviewer.WaitForLegalAidApplicationAsync(linkageNumber);
        var details = await reviewer.GetJsonAsync($"/api/legalaid/applications/{listed.GetProperty("id").GetGuid()}");
        Assert.Equal("Online", details.Text("channel"));
        Assert.Equal("PendingReview", details.Text("status"));
        Assert.Equal(fields["Input.ResidentIdNumber"], details.GetProperty("applicant").Text("residentIdNumber"));
        Assert.Equal("2026年1月至2月工资未发，多次催要未果。", details.Text("matterDescription"));
        Assert.NotEqual(JsonValueKind.Null, details.GetProperty("personalDataConsentAt").ValueKind);
        var review = Assert.Single(details.GetProperty("deadlines").EnumerateArray(), d => d.Text("ruleId") == Api.ReviewRule);
        Assert.Equal("2026-03-09", review.Text("dueDate"));
        Assert.Equal("本地配置", details.GetProperty("hardshipStandard").Text("source"));
    }

    [Fact]
    public async Task Invalid_input_is_shown_at_its_fields_and_nothing_is_written()
    {
        using var worker = host.Anonymous();
        var reviewer = await host.ClientFor("legalaid");
        var before = (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32();
        var fields = Fields(new FakeIdentity(8802));
        fields["Input.ResidentIdNumber"] = "360102199001011234";
        fields.Remove("Input.ConsentGiven");
        fields["Input.Claims[0].Kind"] = string.Empty;
        fields["Input.Claims[0].Amount"] = string.Empty;
        fields["Input.Claims[0].Description"] = string.Empty;

        using var response = await PostFormAsync(worker, await worker.GetStringAsync(Form), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches(FieldError("Input.ResidentIdNumber"), page);
        Assert.Matches(FieldError("Input.ConsentGiven"), page);
        Assert.Matches(FieldError("Input.Claims"), page);
        Assert.Contains("须同意法律援助机构", page, StringComparison.Ordinal);
        Assert.Equal(before, (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_writes_nothing()
    {
        using var worker = host.Anonymous();
        var reviewer = await host.ClientFor("legalaid");
        var before = (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32();
        await worker.GetStringAsync(Form);

        using var response = await worker.PostAsync(Form, new FormUrlEncodedContent(Fields(new FakeIdentity(8803))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_sign_in_page_links_the_form_and_the_rest_of_legal_aid_still_requires_sign_in()
    {
        using var anonymous = host.Anonymous();

        Assert.Contains("href=\"/LegalAid/Apply\"", await anonymous.GetStringAsync("/login"), StringComparison.Ordinal);
        foreach (var path in new[] { "/LegalAid", "/LegalAid/New", "/LegalAid/Lawyers", "/LegalAid/Statistics" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
        }

        using var api = await anonymous.GetAsync("/api/legalaid/applications");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    internal static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        return client.PostAsync(Form, new FormUrlEncodedContent(fields));
    }

    private static Regex FieldError(string field) =>
        new($"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]+<", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    [GeneratedRegex("id=\"receipt-linkage-number\">([^<]+)<")]
    private static partial Regex LinkageNumber();
}

/// <summary>The per-address limit on anonymous form submissions: over it, 429 with the Chinese error page; reading the form is never limited.</summary>
public sealed class AnonymousFormRateLimitTests(TightFormLimitHost host) : IClassFixture<TightFormLimitHost>
{
    [Fact]
    public async Task The_third_submission_from_one_address_within_the_window_is_refused_with_429()
    {
        using var worker = host.Anonymous();
        var reviewer = await host.ClientFor("legalaid");
        var before = (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32();
        var form = await worker.GetStringAsync("/LegalAid/Apply");

        using var first = await LegalAidOnlineApplicationTests.PostFormAsync(worker, form, LegalAidOnlineApplicationTests.Fields(new FakeIdentity(8811)));
        using var second = await LegalAidOnlineApplicationTests.PostFormAsync(worker, form, LegalAidOnlineApplicationTests.Fields(new FakeIdentity(8812)));
        using var third = await LegalAidOnlineApplicationTests.PostFormAsync(worker, form, LegalAidOnlineApplicationTests.Fields(new FakeIdentity(8813)));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Contains("操作过于频繁", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var read = await worker.GetAsync("/LegalAid/Apply");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(before + 2, (await reviewer.GetJsonAsync("/api/legalaid/applications")).GetProperty("totalCount").GetInt32());
    }
}
