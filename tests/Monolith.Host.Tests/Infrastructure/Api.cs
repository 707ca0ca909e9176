using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Monolith.BuildingBlocks.Demo;
using Monolith.Testing;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>What the tests send and how they read answers: plain JSON, as any client of the API would.</summary>
public static partial class Api
{
    public const string Applications = "/api/arbitration/applications";
    public const string LegalAidApplications = "/api/legalaid/applications";
    public const string ReviewRule = "legalaid.review-application";

    /// <summary>
    /// Upper bound for cross-module effects (the hosted relay is signalled on commit and polls every second); generous
    /// because the build machine is shared. A passing wait returns as soon as the effect is visible.
    /// </summary>
    public static readonly TimeSpan EventualTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The Nanchang policy's document number; every deadline it shortens cites it.</summary>
    public const string NanchangPolicy = "洪司发〔2022〕32号";

    /// <summary>A well-formed application for a migrant worker with an unpaid-wages claim, all data fake.</summary>
    public static JsonObject NewApplication(FakeIdentity fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        return new JsonObject
        {
            ["applicant"] = new JsonObject
            {
                ["name"] = fake.PersonName(),
                ["residentIdNumber"] = fake.ResidentIdNumber(),
                ["phone"] = fake.MobileNumber(),
                ["isMigrantWorker"] = true,
            },
            ["respondent"] = new JsonObject
            {
                ["name"] = fake.EmployerName(),
                ["creditCode"] = fake.CreditCode(),
            },
            ["claims"] = new JsonArray(new JsonObject
            {
                ["type"] = "UnpaidWages",
                ["amount"] = 12800.50m,
                ["description"] = "拖欠2025年10月至12月工资",
            }),
        };
    }

    public static JsonObject Consent(bool consentGiven = true) => new()
    {
        ["consentGiven"] = consentGiven,
        ["workerHasNoAgent"] = true,
        ["economicHardshipStated"] = true,
    };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(body);
        return client.PostAsync(path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
    }

    /// <summary>Registers an application (asserting 201) and returns its id and linkage number.</summary>
    public static async Task<(Guid Id, string LinkageNumber)> RegisterAsync(this HttpClient clerk, JsonObject application)
    {
        using var response = await clerk.PostJsonAsync(Applications, application);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return (body.GetProperty("id").GetGuid(), body.GetProperty("linkageNumber").GetString()!);
    }

    public static async Task ReferAsync(this HttpClient clerk, Guid applicationId)
    {
        using var response = await clerk.PostJsonAsync($"{Applications}/{applicationId}/legal-aid-referral", Consent());
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Waits (bounded) until the referral has reached legal aid and returns its list item there.</summary>
    public static async Task<JsonElement> WaitForLegalAidApplicationAsync(this HttpClient reviewer, string linkageNumber)
    {
        var found = await Eventually.MatchAsync(
            async () => (await reviewer.GetJsonAsync(LegalAidApplications)).GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("linkageNumber").GetString() == linkageNumber)
                .Select(a => (JsonElement?)a)
                .SingleOrDefault(),
            a => a is not null,
            EventualTimeout,
            because: $"the referral of {linkageNumber} should reach legal aid");
        return found!.Value;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(path);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: expected 200, got {(int)response.StatusCode}: {body}");
        return body;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    /// <summary>The field errors of a 400 problem, keyed by JSON path.</summary>
    public static Dictionary<string, string[]> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());

    public static DateTimeOffset GetInstant(this JsonElement element, string property) =>
        DateTimeOffset.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);

    public static string Text(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? string.Empty : element.GetProperty(property).GetString()!;

    public static bool ContainsChinese(string text) => ChineseCharacter().IsMatch(text);

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();

    /// <summary>An ID number of the right shape whose check digit is wrong.</summary>
    public static string WithWrongCheckCharacter(string valid, string alphabet)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(alphabet);
        var last = valid[^1];
        var replacement = alphabet[(alphabet.IndexOf(last, StringComparison.Ordinal) + 1) % alphabet.Length];
        return valid[..^1] + replacement;
    }
}
