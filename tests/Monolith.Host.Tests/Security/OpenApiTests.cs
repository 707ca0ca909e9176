using System.Net;
using System.Text.Json.Nodes;
using Monolith.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Issue #7, defect 13 (ADR 0038): /openapi/v1.json says what the service answers. Here the document itself: every
/// operation's success code and schema, its error answers as problem details, the cookie sign-in. The comparison with
/// what the service really answers runs in every host test: each client of <see cref="HostFactory"/> fails a request
/// whose status the document does not declare for its operation (<see cref="DocumentedStatuses"/>).
/// </summary>
public sealed class OpenApiTests(HostFactory host, ITestOutputHelper output) : IClassFixture<HostFactory>
{
    private const string ProblemDetails = "#/components/schemas/ProblemDetails";
    private const string ValidationProblemDetails = "#/components/schemas/HttpValidationProblemDetails";

    /// <summary>Error answers that are not problem details, each with its reason.</summary>
    private static readonly Dictionary<string, string> OwnErrorBodies = new(StringComparer.Ordinal)
    {
        // A file that cannot be imported is answered with the import's report of rejected rows.
        ["POST /api/supervision/risk/imports 422"] = "#/components/schemas/RiskImportResult",
    };

    /// <summary>Successes other than 204 that have no body, each with its reason.</summary>
    private static readonly Dictionary<string, string> SuccessesWithoutBody = new(StringComparer.Ordinal)
    {
        ["POST /api/admin/accounts 201"] = "the new account is named by Location; the answer has no body",
    };

    private static readonly HashSet<string> AnonymousOperations = new(StringComparer.Ordinal) { "POST /api/auth/login" };

    /// <summary>Writes that send no command, so take no Idempotency-Key and answer no 409 or 422.</summary>
    private static readonly HashSet<string> WritesWithoutCommand = new(StringComparer.Ordinal) { "POST /api/auth/login", "POST /api/auth/logout" };

    [Fact]
    public async Task Every_operation_declares_its_success_with_a_schema_unless_it_has_no_body()
    {
        var problems = new List<string>();
        foreach (var (key, operation) in await ApiOperationsAsync())
        {
            var responses = operation["responses"]!.AsObject();
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0)
            {
                problems.Add($"{key}: no success response");
            }

            foreach (var (status, response) in successes)
            {
                var content = response?["content"] as JsonObject;
                if (status == "204")
                {
                    if (content is { Count: > 0 })
                    {
                        problems.Add($"{key}: 204 with a body");
                    }
                }
                else if (SuccessesWithoutBody.ContainsKey($"{key} {status}"))
                {
                    if (content is { Count: > 0 })
                    {
                        problems.Add($"{key}: {status} is listed as having no body, but declares one");
                    }
                }
                else if (content is null || content.Count == 0 || content.Any(c => c.Value?["schema"] is null))
                {
                    problems.Add($"{key}: {status} without a body schema");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_operation_declares_its_error_answers_as_problem_details()
    {
        var problems = new List<string>();
        foreach (var (key, operation) in await ApiOperationsAsync())
        {
            var responses = operation["responses"]!.AsObject();
            var path = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            var write = !key.StartsWith("GET ", StringComparison.Ordinal);
            var secured = !AnonymousOperations.Contains(key);
            var hasInput = path.Contains('{', StringComparison.Ordinal) || write || operation["parameters"] is JsonArray { Count: > 0 };
            var expected = new List<string> { "500" };
            if (hasInput)
            {
                expected.Add("400");
            }

            if (secured)
            {
                expected.Add("401");
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (write && !WritesWithoutCommand.Contains(key))
            {
                expected.AddRange(["409", "422"]);
            }

            if (operation["requestBody"] is not null)
            {
                expected.AddRange(["413", "415"]);
            }

            problems.AddRange(expected.Where(s => !responses.ContainsKey(s)).Select(s => $"{key}: no {s}"));
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var schemas = (response?["content"] as JsonObject)?.Select(c => (c.Key, Ref: c.Value?["schema"]?["$ref"]?.GetValue<string>())).ToList() ?? [];
                var allowed = OwnErrorBodies.TryGetValue($"{key} {status}", out var own) ? [own] : new[] { ProblemDetails, ValidationProblemDetails };
                if (schemas.Count == 0 || schemas.Any(s => s.Key != "application/problem+json" && own is null) || schemas.Any(s => !allowed.Contains(s.Ref)))
                {
                    problems.Add($"{key}: {status} is not problem details ({string.Join(", ", schemas.Select(s => $"{s.Key} {s.Ref}"))})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_cookie_sign_in_is_the_security_scheme_of_every_operation_but_sign_in()
    {
        var document = await DocumentAsync();
        var scheme = document["components"]!["securitySchemes"]!["cookie"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("cookie", scheme["in"]!.GetValue<string>());
        Assert.Equal("monolith.auth", scheme["name"]!.GetValue<string>());
        Assert.Contains("/api/auth/login", scheme["description"]!.GetValue<string>(), StringComparison.Ordinal);

        var problems = new List<string>();
        foreach (var (key, operation) in await ApiOperationsAsync())
        {
            var secured = operation["security"] is JsonArray requirements && requirements.Any(r => r?["cookie"] is not null);
            if (secured == AnonymousOperations.Contains(key))
            {
                problems.Add($"{key}: security {(secured ? "required but the operation is anonymous" : "missing")}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Writes_that_send_a_command_take_an_optional_idempotency_key_and_rate_limited_ones_say_429()
    {
        var operations = await ApiOperationsAsync();
        var problems = new List<string>();
        foreach (var (key, operation) in operations.Where(o => !o.Key.StartsWith("GET ", StringComparison.Ordinal)))
        {
            var header = (operation["parameters"] as JsonArray)?.FirstOrDefault(p => p?["name"]?.GetValue<string>() == "Idempotency-Key");
            if ((header is not null) == WritesWithoutCommand.Contains(key) || header?["in"]?.GetValue<string>() is not (null or "header") || header?["required"]?.GetValue<bool>() == true)
            {
                problems.Add($"{key}: Idempotency-Key {(header is null ? "missing" : "wrong")}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var limited in new[] { "POST /api/auth/login", "POST /api/auth/password" })
        {
            Assert.NotNull(operations[limited]["responses"]!["429"]!["headers"]!["Retry-After"]);
        }
    }

    [Fact]
    public async Task A_status_the_document_does_not_declare_fails_the_request_that_observed_it()
    {
        var document = DocumentedStatuses.Parse("""
            { "paths": {
                "/api/x/cases/{id}": { "get": { "responses": { "200": {}, "404": { "content": { "application/problem+json": {} } } } } },
                "/api/x/cases/open-matters": { "get": { "responses": { "200": {} } } }
            } }
            """, counted: false);

        Assert.Equal("/api/x/cases/open-matters", document.Find("GET", "/api/x/cases/open-matters")!.Path);
        Assert.Equal("/api/x/cases/{id}", document.Find("GET", "/api/x/cases/0190d1a2-0000-7000-8000-000000000000")!.Path);
        Assert.Null(document.Find("POST", "/api/x/cases/open-matters"));
        Assert.Null(document.Observe("GET", "/api/x/cases/abc", 404, "application/problem+json; charset=utf-8"));
        Assert.Contains("declares application/problem+json", document.Observe("GET", "/api/x/cases/abc", 404, "text/plain"), StringComparison.Ordinal);
        Assert.Contains("GET /api/x/cases/open-matters answered 409", document.Observe("GET", "/api/x/cases/open-matters", 409, null), StringComparison.Ordinal);

        // The same check stands in every client the factory hands out: the service's own document, its own answers.
        using var anonymous = host.Anonymous();
        using var response = await anonymous.GetAsync(new Uri("/api/inspection/cases", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(DocumentedStatuses.Observed.ContainsKey(("GET /api/inspection/cases", 401)));
    }

    [Fact]
    public async Task Figures()
    {
        var operations = await ApiOperationsAsync();
        output.WriteLine($"{operations.Count} /api operations documented, {operations.Sum(o => o.Value["responses"]!.AsObject().Count)} responses");
        foreach (var group in operations.GroupBy(o => string.Join(",", o.Value["responses"]!.AsObject().Select(r => r.Key).Where(s => s[0] == '2'))).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"success {group.Key}: {group.Count()} ({group.Count(o => !o.Key.StartsWith("GET ", StringComparison.Ordinal))} writes)");
        }
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = host.Anonymous();
        return JsonNode.Parse(await client.GetStringAsync(new Uri(DocumentedStatuses.DocumentPath, UriKind.Relative)))!.AsObject();
    }

    private async Task<Dictionary<string, JsonObject>> ApiOperationsAsync()
    {
        var document = await DocumentAsync();
        var operations = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Value is JsonObject { } op && op["responses"] is not null))
            {
                operations[$"{method.ToUpperInvariant()} {path}"] = operation!.AsObject();
            }
        }

        return operations;
    }
}
