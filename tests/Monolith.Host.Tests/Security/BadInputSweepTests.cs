using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;
using Xunit.Abstractions;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// Issue #7, "keep the probes": every write endpoint of the API (from the endpoint list, so a new one is swept without
/// a line here), signed in as a demo account its policy admits, with the route's id taken from a real demo record
/// where the module lists one, sent malformed bodies generated from the type it reads: broken or empty JSON, deep
/// nesting, a wrong JSON type, null and a null list element, a 100,000-character string, control and invisible
/// characters, extreme dates and numbers and unknown enum values in each property. No answer is a 5xx; every 400 is a
/// problem whose <c>errors</c> names a field (a body that is not JSON at all is named <c>body</c>); a value that can
/// never be right is a 400 naming that very field; and no row of any table is written (ADR 0039).
/// </summary>
public sealed class BadInputSweepTests(BadInputSweepTests.SweepHost host, ITestOutputHelper output) : IClassFixture<BadInputSweepTests.SweepHost>
{
    /// <summary>The service with its sample matters seeded, so that routes can name real records.</summary>
    public sealed class SweepHost : HostFactory
    {
        public SweepHost() => Settings["Demo:SampleCases"] = "true";
    }

    /// <summary>Sign-out ends the sweeping account's session; the session tests cover it.</summary>
    private static readonly HashSet<string> NotSwept = new(StringComparer.OrdinalIgnoreCase) { "POST /api/auth/logout" };

    /// <summary>
    /// Tables that record attempts, so a refused request writes to them by design: the audit log records every command
    /// with its outcome, refused ones too (checked instead: no command recorded as succeeded), and the sign-in throttle
    /// counts sign-in attempts per account and client address (issue #7, defects 1 and 2). A page shown again with a
    /// form's errors reads its records again, and the audit log notes whose data it showed (PlatformAuditShown).
    /// </summary>
    private static readonly string[] MayGrowTables = ["AuditEntries", "AuditShown", "SignInThrottles"];

    private const int HugeLength = 100_000;
    private const int NestingDepth = 200;

    [Fact]
    public async Task Every_write_endpoint_rejects_malformed_bodies_without_a_5xx_or_a_write()
    {
        var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var accounts = Monolith.Host.ModuleList.All.SelectMany(m => m.Info.DemoAccounts).ToList();
        using var anonymous = host.Anonymous();
        var endpoints = HostEndpoints.All(host.Services)
            .Where(e => e.IsApi && e.Method is "POST" or "PUT" or "PATCH" or "DELETE" && !NotSwept.Contains(e.Key))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

        // Route ids from real records first (reads: they may audit, so before the first count).
        var plans = new List<(HostEndpoint Endpoint, HttpClient Client, string RealPath, string RandomPath)>();
        var lists = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            var roles = await HostEndpoints.AllowedRolesAsync(policies, endpoint);
            var client = endpoint.Policies is null ? anonymous
                : await host.ClientFor(accounts.First(a => roles is null ? a.Role == Monolith.BuildingBlocks.Identity.PlatformRoles.Administrator : roles.Contains(a.Role)).UserName);
            var real = endpoint.BodyType is null ? endpoint.Path : await RealPathAsync(client, endpoint.Pattern, lists);
            plans.Add((endpoint, client, real, HostEndpoints.Fill(endpoint.Pattern)));
        }

        var before = await StableCountsAsync();
        var succeededBefore = await SucceededCommandsAsync();
        var statuses = new SortedDictionary<int, int>();
        var violations = new List<string>();
        var accepted = new List<string>();
        var sent = 0;
        var onRealRecords = 0;
        foreach (var (endpoint, client, realPath, randomPath) in plans)
        {
            onRealRecords += realPath != endpoint.Path ? 1 : 0;
            foreach (var probe in Probes(endpoint))
            {
                // A value that may be right (null in an optional field, a negative number) is sent only where nothing can
                // be found to change: a route with a new id. A creating endpoint has no such route and is not sent it.
                var path = probe.MustReject ? realPath : randomPath;
                if (!probe.MustReject && !endpoint.Pattern.Parameters.Any(p => p.ParameterPolicies.Any(pp => pp.Content == "guid")))
                {
                    continue;
                }

                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path) { Content = probe.Content() };
                using var response = await client.SendAsync(request);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is >= 200 and < 300)
                {
                    accepted.Add($"{endpoint.Method} {path} [{probe.Name}]: {status}");
                }

                if (await VerdictAsync(probe, response) is { } verdict)
                {
                    violations.Add($"{endpoint.Method} {path} [{probe.Name}]: {status} — {verdict}");
                }
            }
        }

        var after = await StableCountsAsync();
        var succeeded = await SucceededCommandsAsync() - succeededBefore;
        var written = after.Where(t => !MayGrow(t.Key) && before.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key}: {before.GetValueOrDefault(t.Key)} → {t.Value} rows").ToList();

        output.WriteLine($"{plans.Count} write endpoints ({onRealRecords} on a real record), {sent} requests, statuses: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")) + $", violations: {violations.Count}, tables written: {written.Count}, commands audited as succeeded: {succeeded}");
        foreach (var line in violations.Take(300).Concat(written).Concat(accepted.Select(a => "answered 2xx: " + a)))
        {
            output.WriteLine(line);
        }

        Assert.True(plans.Count > 100, $"only {plans.Count} write endpoints found");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:{Environment.NewLine}" + string.Join(Environment.NewLine, violations.Take(100)));
        Assert.True(written.Count == 0, "rejected requests wrote: " + string.Join("; ", written));
        // Only a probe answered 2xx may have run a command to its end: each was sent to a route with a new id (a value that
        // may be right) or reads no body (e.g. marking an unknown reminder read, which changes nothing).
        Assert.True(succeeded <= accepted.Count, $"{succeeded} commands of the sweep are audited as succeeded, {accepted.Count} answered 2xx");
    }

    /// <summary>
    /// Pages that end the session (sign-out, checked by the session tests), and the answers to a refusal or an error,
    /// which have no form and answer 403 or the error itself to any method.
    /// </summary>
    private static readonly HashSet<string> PagesNotSwept = new(StringComparer.OrdinalIgnoreCase) { "/Logout", "/Denied", "/Error" };

    [Fact]
    public async Task Every_page_form_rejects_oversized_broken_and_hidden_character_values_without_a_5xx_or_a_write()
    {
        var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var loader = host.Services.GetRequiredService<PageLoader>();
        var accounts = Monolith.Host.ModuleList.All.SelectMany(m => m.Info.DemoAccounts).ToList();
        using var anonymous = host.Anonymous();
        var tokens = new Dictionary<HttpClient, string?>();
        var forms = new List<(string Key, HttpClient Client, string Url, IReadOnlyList<(string Name, bool IsText)> Fields)>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor
                || PagesNotSwept.Contains("/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
            {
                continue;
            }

            var page = HostEndpoints.All(host.Services).FirstOrDefault(e => e.Method == "POST" && e.Pattern == endpoint.RoutePattern);
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (page is null)
            {
                continue;
            }

            var roles = await HostEndpoints.AllowedRolesAsync(policies, page);
            var client = page.Policies is null ? anonymous
                : await host.ClientFor(accounts.First(a => roles is null ? a.Role == Monolith.BuildingBlocks.Identity.PlatformRoles.Administrator : roles.Contains(a.Role)).UserName);
            var bound = compiled.BoundProperties.Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType));
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
            {
                var fields = bound.Concat(handler.Parameters.Where(p => p.ParameterType != typeof(CancellationToken))
                        .Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)))
                    .SelectMany(f => FormFields(f.Item1, f.ParameterType, 0))
                    .ToList();
                var url = page.Path + (handler.Name is null ? string.Empty : "?handler=" + handler.Name);
                forms.Add(($"POST {page.Key[5..]}{(handler.Name is null ? string.Empty : "?handler=" + handler.Name)}", client, url, fields));
            }
        }

        var before = await StableCountsAsync();
        var statuses = new SortedDictionary<int, int>();
        var violations = new List<string>();
        var sent = 0;
        var refusedWhole = new SortedSet<string>(StringComparer.Ordinal);
        var variants = new (string Name, string Text, string Other)[]
        {
            ("empty form", string.Empty, string.Empty),
            ($"{HugeLength} characters", new string('测', HugeLength), new string('9', HugeLength)),
            ("NUL", "测试\u0000内容", "1\u0000"),
            ("U+202E and U+200B", "测试\u202E内\u200B容", "not-a-value"),
            ("extreme values", "9999-12-31T23:59:59", "9999-12-31"),
        };
        foreach (var (key, client, url, fields) in forms)
        {
            if (!tokens.TryGetValue(client, out var token))
            {
                tokens[client] = token = await AntiforgeryTokenAsync(client, client == anonymous);
            }

            foreach (var (name, text, other) in variants)
            {
                var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.IsText ? text : other)).ToList();
                if (token is not null)
                {
                    values.Add(new("__RequestVerificationToken", token));
                }

                using var content = new FormUrlEncodedContent(values);
                using var response = await client.PostAsync(url, content);
                sent++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var location = response.Headers.Location?.ToString() ?? string.Empty;
                if (status == 400)
                {
                    refusedWhole.Add(key); // a 400 page: the antiforgery check or a handler's own refusal, not a form shown again
                }

                // A redirect back is what a form that changed nothing may answer (e.g. marking an unknown reminder read); the
                // row counts below show whether anything was written. One to sign-in or "denied" means the sweep lost its way.
                if (status >= 500 || status is 401 or 403
                    || (status == 302 && (location.Contains("/Login", StringComparison.OrdinalIgnoreCase) || location.Contains("/denied", StringComparison.OrdinalIgnoreCase))))
                {
                    violations.Add($"{key} [{name}, {fields.Count} fields]: {status} {location}");
                }
            }
        }

        var after = await StableCountsAsync();
        var written = after.Where(t => !MayGrow(t.Key) && before.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key}: {before.GetValueOrDefault(t.Key)} → {t.Value} rows").ToList();
        output.WriteLine($"{forms.Count} page form handlers, {sent} requests, statuses: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")) + $", violations: {violations.Count}, tables written: {written.Count}");
        foreach (var line in violations.Concat(written).Concat(refusedWhole.Select(k => "answered 400: " + k)))
        {
            output.WriteLine(line);
        }

        Assert.True(forms.Count > 20, $"only {forms.Count} page forms found");
        Assert.True(violations.Count == 0, $"{violations.Count} violations:{Environment.NewLine}" + string.Join(Environment.NewLine, violations));
        Assert.True(written.Count == 0, "rejected forms wrote: " + string.Join("; ", written));
    }

    /// <summary>The form field names of a bound property: "Input.Applicant.Name", "Input.Claims[0].Amount", or the name itself.</summary>
    private static IEnumerable<(string Name, bool IsText)> FormFields(string name, Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            yield return (name, true);
            yield break;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(TimeOnly) || type == typeof(Guid) || depth > 4 || typeof(Microsoft.AspNetCore.Http.IFormFile).IsAssignableFrom(type))
        {
            yield return (name, false);
            yield break;
        }

        var elementType = type.IsArray ? type.GetElementType()
            : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : null;
        if (elementType is not null)
        {
            foreach (var field in FormFields(name + "[0]", elementType, depth + 1))
            {
                yield return field;
            }

            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            foreach (var field in FormFields($"{name}.{property.Name}", property.PropertyType, depth + 1))
            {
                yield return field;
            }
        }
    }

    /// <summary>The antiforgery form token for this client's session, from the first page that has a form.</summary>
    private async Task<string?> AntiforgeryTokenAsync(HttpClient client, bool isAnonymous)
    {
        foreach (var path in isAnonymous ? ["/Login"] : new[] { "/", "/Account/Password", "/Admin" })
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var at = html.IndexOf("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);
            if (at >= 0)
            {
                var value = html.IndexOf("value=\"", at, StringComparison.Ordinal) + 7;
                return WebUtility.HtmlDecode(html[value..html.IndexOf('"', value)]);
            }
        }

        output.WriteLine("no antiforgery token found for a client");
        return null;
    }

    private static async Task<string?> VerdictAsync(Probe probe, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "server error: " + Shorten(await response.Content.ReadAsStringAsync());
        }

        if (status is 401 or 403)
        {
            return "refused to an allowed caller (the sweep picked the wrong account)";
        }

        if (status == 400)
        {
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                return "a 400 that is not a problem";
            }

            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (!body.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object || !errors.EnumerateObject().Any())
            {
                return "a 400 that names no field";
            }

            // A value that may be right can be refused for another field of the (generated) body; one that never is must be named.
            var keys = errors.EnumerateObject().Select(e => e.Name).ToList();
            return !probe.MustReject || probe.Field is null || keys.Any(k => Names(k, probe.Field)) ? null : $"the 400 names {string.Join(", ", keys)}, not {probe.Field}";
        }

        if (probe.MustReject && !(probe.Field is null && status is 413 or 415))
        {
            return "a malformed value was not rejected as one (expected 400)";
        }

        return null;
    }

    /// <summary>Whether an error key names the field: the same path, a part of it (the list or object that holds it) or its last name.</summary>
    private static bool Names(string key, string field)
    {
        var k = key.TrimStart('$', '.');
        return k.Equals(field, StringComparison.OrdinalIgnoreCase)
            || field.StartsWith(k + ".", StringComparison.OrdinalIgnoreCase) || field.StartsWith(k + "[", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase) || k.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase)
            || k.Split('.')[^1].Equals(field.Split('.')[^1], StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>The malformed requests for one endpoint.</summary>
    private static IEnumerable<Probe> Probes(HostEndpoint endpoint)
    {
        if (endpoint.Accepts == "multipart/form-data")
        {
            yield return new Probe("empty form", null, true, () => new MultipartFormDataContent());
            yield return new Probe("file of garbage", null, true, () => new MultipartFormDataContent
            {
                { new ByteArrayContent([0, 1, 2, 0xFF, 0xFE, 0x1B, (byte)'\n', 0x80]), "file", "风险.xlsx" },
            });
            yield return new Probe("empty file", null, true, () => new MultipartFormDataContent { { new ByteArrayContent([]), "file", "风险.csv" } });
            yield return new Probe("JSON instead of a form", null, true, () => Json("{}"));
            yield break;
        }

        if (endpoint.BodyType is null)
        {
            // Reads no body: whatever is sent is ignored, and the route's new id is not found.
            yield return new Probe("broken JSON to an endpoint without a body", null, false, () => Json("{"));
            yield break;
        }

        yield return new Probe("broken JSON", null, true, () => Json("{\"a\":"));
        yield return new Probe("empty body", null, true, () => Json(string.Empty));
        yield return new Probe("JSON null", null, true, () => Json("null"));
        yield return new Probe("an array for the object", null, true, () => Json("[]"));
        yield return new Probe("a string for the object", null, true, () => Json("\"测试\""));
        yield return new Probe("not JSON (text/plain)", null, true, () => new StringContent("name=测试", Encoding.UTF8, "text/plain"));
        yield return new Probe($"{NestingDepth} nested arrays", null, true, () => Json(new string('[', NestingDepth) + new string(']', NestingDepth)));

        var fake = new FakeIdentity(9039);
        var shape = Shape.Of(endpoint.BodyType, fake, 0);
        var template = shape.Example;
        var leaves = shape.Slots(string.Empty).ToList();
        if (leaves.FirstOrDefault() is { } first)
        {
            var nested = new StringBuilder();
            for (var i = 0; i < NestingDepth; i++)
            {
                nested.Append("{\"a\":");
            }

            nested.Append('1').Append('}', NestingDepth);
            yield return With("nested objects", template, first.Path, JsonNode.Parse("{\"a\":1}")!, mustReject: true, field: null,
                raw: (json, marker) => json.Replace(marker, nested.ToString(), StringComparison.Ordinal));
        }

        foreach (var slot in leaves)
        {
            foreach (var (name, value, mustReject) in slot.Shape.Malformed(slot.Nullable))
            {
                yield return With(name, template, slot.Path, value, mustReject, slot.Path);
            }

            if (slot.Shape.Element is { } element)
            {
                var list = new JsonArray(element.Example?.DeepClone(), null);
                yield return With("null element", template, slot.Path, list, mustReject: true, field: slot.Path + "[1]");
            }
        }
    }

    private static Probe With(string name, JsonNode? template, string path, JsonNode? value, bool mustReject, string? field,
        Func<string, string, string>? raw = null)
    {
        return new Probe($"{name} at {path}", field, mustReject, () =>
        {
            var body = template!.DeepClone();
            const string Marker = "\"__sweep_marker__\"";
            Set(body, path, raw is null ? value?.DeepClone() : JsonValue.Create("__sweep_marker__"));
            var json = body.ToJsonString();
            return Json(raw is null ? json : raw(json, Marker));
        });
    }

    /// <summary>Sets the node at a path like "claims[0].amount" (lists are walked through their first element).</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var segments = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = segments[i] == "[0]" ? node.AsArray()[0]! : node.AsObject()[segments[i]]!;
        }

        if (segments[^1] == "[0]")
        {
            node.AsArray()[0] = value;
        }
        else
        {
            node.AsObject()[segments[^1]] = value;
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <param name="Field">The JSON path the 400 must name; null when any field will do.</param>
    /// <param name="MustReject">Never right: must be a 400 (else it may be a 404 or 409 as well).</param>
    private sealed record Probe(string Name, string? Field, bool MustReject, Func<HttpContent> Content);

    /// <summary>A JSON shape of a .NET type: a plausible example and the malformed values of its kind.</summary>
    private sealed class Shape
    {
        private static readonly NullabilityInfoContext Nullability = new();

        private Shape(JsonNode? example, string kind) => (Example, Kind) = (example, kind);

        public JsonNode? Example { get; }

        public string Kind { get; }

        public Shape? Element { get; private init; }

        /// <summary>For a map keyed by an enum: an entry under a name the enum does not have.</summary>
        private JsonObject? UnknownKey { get; init; }

        public IReadOnlyList<(string Name, Shape Shape, bool Nullable)> Properties { get; private init; } = [];

        public static Shape Of(Type type, FakeIdentity fake, int depth, string? name = null)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string))
            {
                return new Shape(StringExample(name ?? string.Empty, fake), "string");
            }

            if (type == typeof(bool))
            {
                return new Shape(JsonValue.Create(true), "bool");
            }

            if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
            {
                return new Shape(JsonValue.Create(1), "integer");
            }

            if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            {
                return new Shape(JsonValue.Create(100m), "number");
            }

            if (type == typeof(DateOnly))
            {
                return new Shape(JsonValue.Create("2026-03-02"), "date");
            }

            if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
            {
                return new Shape(JsonValue.Create("2026-03-02T09:00:00+08:00"), "instant");
            }

            if (type == typeof(TimeOnly) || type == typeof(TimeSpan))
            {
                return new Shape(JsonValue.Create("09:30:00"), "time");
            }

            if (type == typeof(Guid))
            {
                return new Shape(JsonValue.Create(Guid.NewGuid()), "guid");
            }

            if (type.IsEnum)
            {
                return new Shape(JsonValue.Create(Enum.GetNames(type)[0]), "enum");
            }

            if (type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>))) is { } dictionary)
            {
                // A map (e.g. weights by enum): one entry, under the enum's first name; an unknown key is never right.
                var (keyType, valueType) = (dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
                var key = keyType.IsEnum ? Enum.GetNames(keyType)[0] : "key";
                var value = Of(valueType, fake, depth + 1, name);
                return new Shape(new JsonObject { [key] = value.Example?.DeepClone() }, "map")
                {
                    Properties = [(key, value, false)],
                    UnknownKey = keyType.IsEnum ? new JsonObject { ["NoSuchValue"] = value.Example?.DeepClone() } : null,
                };
            }

            var elementType = type.IsArray ? type.GetElementType()
                : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
            if (elementType is not null)
            {
                var element = Of(elementType, fake, depth + 1, name);
                return new Shape(new JsonArray(element.Example?.DeepClone()), "list") { Element = element };
            }

            if (depth > 5)
            {
                return new Shape(null, "object");
            }

            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
                .Select(p => (JsonName(p.Name), Of(p.PropertyType, fake, depth + 1, p.Name), Nullability.Create(p).ReadState != NullabilityState.NotNull))
                .ToList();
            var example = new JsonObject();
            foreach (var (propertyName, shape, _) in properties)
            {
                example[propertyName] = shape.Example?.DeepClone();
            }

            return new Shape(example, "object") { Properties = properties };
        }

        /// <summary>Every property (and list) below this shape, by JSON path; lists through their first element.</summary>
        public IEnumerable<(string Path, Shape Shape, bool Nullable)> Slots(string prefix)
        {
            foreach (var (name, shape, nullable) in Properties)
            {
                var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
                yield return (path, shape, nullable);
                if (shape.Element is { Kind: not "object" and not "list" } item)
                {
                    yield return (path + "[0]", item, false);
                }

                var inner = shape.Element is { Kind: "object" } element ? (element, path + "[0]") : (shape, path);
                foreach (var slot in inner.Item1.Slots(inner.Item2))
                {
                    yield return slot;
                }
            }
        }

        /// <summary>The malformed values for this kind of value, and whether each is never right.</summary>
        public IEnumerable<(string Name, JsonNode? Value, bool MustReject)> Malformed(bool nullable)
        {
            yield return ("null", null, !nullable);
            switch (Kind)
            {
                case "string":
                    yield return ("a number for a string", JsonValue.Create(12345), true);
                    yield return ("an object for a string", new JsonObject(), true);
                    yield return ("an array for a string", new JsonArray("测试"), true);
                    yield return ($"{HugeLength} characters", JsonValue.Create(new string('测', HugeLength)), true);
                    yield return ("NUL", JsonValue.Create("测试\u0000内容"), true);
                    yield return ("U+202E", JsonValue.Create("测试\u202E内容"), true);
                    yield return ("U+200B", JsonValue.Create("测\u200B试"), true);
                    yield return ("CR LF", JsonValue.Create("测试\r\n内容"), false);
                    break;
                case "integer":
                case "number":
                    yield return ("a string for a number", JsonValue.Create("abc"), true);
                    yield return ("NaN as a string", JsonValue.Create("NaN"), true);
                    yield return ("an object for a number", new JsonObject(), true);
                    yield return ("long.MaxValue", JsonValue.Create(long.MaxValue), Kind == "integer");
                    yield return ("1e308", JsonNode.Parse("1e308"), true);
                    yield return ("-1", JsonValue.Create(-1), false);
                    break;
                case "bool":
                    yield return ("a string for a boolean", JsonValue.Create("yes"), true);
                    yield return ("a number for a boolean", JsonValue.Create(1), true);
                    break;
                case "date":
                case "instant":
                    yield return ("0001-01-01", JsonValue.Create(Kind == "date" ? "0001-01-01" : "0001-01-01T00:00:00+00:00"), true);
                    yield return ("9999-12-31T23:59:59", JsonValue.Create(Kind == "date" ? "9999-12-31" : "9999-12-31T23:59:59+00:00"), true);
                    yield return ("not-a-date", JsonValue.Create("not-a-date"), true);
                    yield return ("a number for a date", JsonValue.Create(20260302), true);
                    break;
                case "time":
                    yield return ("not-a-time", JsonValue.Create("25:61"), true);
                    break;
                case "guid":
                    yield return ("not-a-guid", JsonValue.Create("not-a-guid"), true);
                    break;
                case "enum":
                    yield return ("an unknown enum name", JsonValue.Create("NoSuchValue"), true);
                    yield return ("an unknown enum number", JsonValue.Create(999), true);
                    break;
                case "list":
                    yield return ("an object for a list", new JsonObject(), true);
                    yield return ("a string for a list", JsonValue.Create("测试"), true);
                    break;
                case "map":
                    yield return ("a string for a map", JsonValue.Create("测试"), true);
                    yield return ("an array for a map", new JsonArray(), true);
                    if (UnknownKey is not null)
                    {
                        yield return ("an unknown key", UnknownKey.DeepClone(), true);
                    }

                    break;
                case "object":
                    yield return ("a string for an object", JsonValue.Create("测试"), true);
                    yield return ("an array for an object", new JsonArray(), true);
                    break;
            }
        }

        private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

        private static JsonValue StringExample(string name, FakeIdentity fake) => JsonValue.Create(
            name.Contains("IdNumber", StringComparison.OrdinalIgnoreCase) || name.Contains("ResidentId", StringComparison.OrdinalIgnoreCase) ? fake.ResidentIdNumber()
            : name.Contains("CreditCode", StringComparison.OrdinalIgnoreCase) ? fake.CreditCode()
            : name.Contains("Phone", StringComparison.OrdinalIgnoreCase) || name.Contains("Mobile", StringComparison.OrdinalIgnoreCase) ? fake.MobileNumber()
            : name.Equals("UserName", StringComparison.OrdinalIgnoreCase) ? "sweep.user"
            : name.Equals("CurrentPassword", StringComparison.OrdinalIgnoreCase) ? DemoAccounts.Password // so that the new one is checked
            : name.Contains("Password", StringComparison.OrdinalIgnoreCase) ? "Sweep2026pass"
            : name.EndsWith("Name", StringComparison.OrdinalIgnoreCase) ? fake.PersonName()
            : "测试内容");
    }

    /// <summary>
    /// The route with its <c>{id}</c> taken from the first record the module lists at the route's collection
    /// (/api/x/cases/{id}/acceptance → GET /api/x/cases); a new id where there is no such list or it is empty.
    /// </summary>
    private static async Task<string> RealPathAsync(HttpClient client, RoutePattern pattern, Dictionary<string, string?> lists)
    {
        var raw = "/" + (pattern.RawText ?? string.Empty).TrimStart('/');
        var at = raw.IndexOf("/{id", StringComparison.Ordinal);
        if (at < 0)
        {
            return HostEndpoints.Fill(pattern);
        }

        var list = raw[..at];
        if (!lists.TryGetValue(list, out var id))
        {
            using var response = await client.GetAsync(list);
            id = null;
            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                var items = body.ValueKind == JsonValueKind.Array ? body : body.TryGetProperty("items", out var i) ? i : default;
                if (items.ValueKind == JsonValueKind.Array && items.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                    && first.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    id = value.GetString();
                }
            }

            lists[list] = id;
        }

        return HostEndpoints.Fill(pattern, p => p.Name == "id" ? id : null);
    }

    /// <summary>Rows per table, once the service is idle (two counts a second apart agree).</summary>
    private async Task<Dictionary<string, long>> StableCountsAsync()
    {
        var previous = await CountRowsAsync();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var current = await CountRowsAsync();
            if (current.Count == previous.Count && current.All(t => previous.GetValueOrDefault(t.Key) == t.Value))
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private bool MayGrow(string table) =>
        MayGrowTables.Any(t => string.Equals(table, TestDatabase.TableOn(host.Provider, "platform", "Platform", t), StringComparison.OrdinalIgnoreCase));

    private Task<long> SucceededCommandsAsync() => Task.FromResult(TestDatabase.Scalar(
        host.Provider, host.ConnectionString,
        $"SELECT COUNT(*) FROM {TestDatabase.TableOn(host.Provider, "platform", "Platform", "AuditEntries")} WHERE \"Kind\" = 'Command' AND \"Outcome\" = 'Succeeded'"));

    private Task<Dictionary<string, long>> CountRowsAsync() => Task.FromResult(TestDatabase.RowCounts(host.Provider, host.ConnectionString));
}
