using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>
/// Issue #7, defect 13: the statuses the service's OpenAPI document declares, per operation, compared with the ones the
/// host tests observe. <see cref="HostFactory"/> puts a <see cref="Check"/> in every client it hands out: each /api
/// answer is matched to its operation (method + path template of /openapi/v1.json) and a status the document does not
/// declare for it, or an error answer that is not the problem details the document promises, fails the request (and so
/// the test that sent it) with a message naming the operation. Every observation is counted for the figures
/// (<see cref="Observed"/>); with <c>OPENAPI_OBSERVED_LOG=file</c> each is also appended to that file, and with
/// <c>OPENAPI_STATUS_CHECK=record</c> nothing fails (to measure a document before it is fixed).
/// </summary>
public sealed partial class DocumentedStatuses
{
    public const string DocumentPath = "/openapi/v1.json";

    private static readonly Lock LogLock = new();
    private static readonly string? LogFile = Environment.GetEnvironmentVariable("OPENAPI_OBSERVED_LOG");
    private static readonly bool RecordOnly = string.Equals(Environment.GetEnvironmentVariable("OPENAPI_STATUS_CHECK"), "record", StringComparison.OrdinalIgnoreCase);

    private readonly List<Operation> operations;
    private readonly bool counted;

    private DocumentedStatuses(List<Operation> operations, bool counted)
    {
        this.operations = operations;
        this.counted = counted;
    }

    /// <summary>(operation, status) → how many answers the tests of this process observed.</summary>
    public static ConcurrentDictionary<(string Operation, int Status), int> Observed { get; } = new();

    /// <summary>Answers whose status the document does not declare for their operation, as messages.</summary>
    public static ConcurrentBag<string> Violations { get; } = [];

    public IReadOnlyList<Operation> Operations => operations;

    /// <param name="json">An OpenAPI document.</param>
    /// <param name="counted">Whether what is observed against it counts in <see cref="Observed"/>, <see cref="Violations"/> and the log (the service's document), or not (a test's own).</param>
    public static DocumentedStatuses Parse(string json, bool counted = true)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        var found = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operationNode) in item!.AsObject())
            {
                if (operationNode?["responses"] is not JsonObject responses)
                {
                    continue;
                }

                var statuses = new Dictionary<int, IReadOnlyList<string>>();
                foreach (var (code, response) in responses)
                {
                    if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
                    {
                        statuses[status] = response?["content"] is JsonObject content ? [.. content.Select(c => c.Key)] : [];
                    }
                }

                found.Add(new Operation(method.ToUpperInvariant(), path, Template(path), path.Count(c => c == '{'), statuses));
            }
        }

        return new DocumentedStatuses(found, counted);
    }

    /// <summary>The operation a request reaches: same method, path matching the template, the most literal template first.</summary>
    public Operation? Find(string method, string path) =>
        operations.Where(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && o.Pattern.IsMatch(path))
            .OrderBy(o => o.Parameters).FirstOrDefault();

    /// <summary>Why the answer contradicts the document, or null if it does not; records the observation either way.</summary>
    public string? Observe(string method, string path, int status, string? contentType)
    {
        var operation = Find(method, path);
        if (operation is null)
        {
            return null; // not an operation of the document (an unknown path: the router's 404 or 405)
        }

        if (counted)
        {
            Observed.AddOrUpdate((operation.Key, status), 1, (_, n) => n + 1);
        }

        if (counted && LogFile is not null)
        {
            lock (LogLock)
            {
                File.AppendAllText(LogFile, $"{operation.Key}\t{status}\n");
            }
        }

        string? violation = null;
        if (!operation.Statuses.TryGetValue(status, out var contentTypes))
        {
            violation = $"{operation.Key} answered {status} ({path}), which {DocumentPath} does not declare for it (declared: {string.Join(", ", operation.Statuses.Keys.Order())})";
        }
        else if (status >= 400 && contentTypes.Contains("application/problem+json")
            && contentType?.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase) != true)
        {
            violation = $"{operation.Key} answered {status} with '{contentType}' ({path}), but {DocumentPath} declares application/problem+json";
        }

        if (violation is not null && counted)
        {
            Violations.Add(violation);
        }

        return RecordOnly ? null : violation;
    }

    private static Regex Template(string path) =>
        new("^" + string.Concat(PathParameter().Split(path).Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : "[^/]+")) + "/?$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Split keeps the captured name at odd indexes: "/a/{id}/b" → ["/a/", "id", "/b"].
    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();

    public sealed record Operation(string Method, string Path, Regex Pattern, int Parameters, IReadOnlyDictionary<int, IReadOnlyList<string>> Statuses)
    {
        public string Key => $"{Method} {Path}";
    }

    /// <summary>The handler every client of <see cref="HostFactory"/> sends through, nearest the server.</summary>
    public sealed class Check(Func<Task<DocumentedStatuses>> document) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var path = request.RequestUri?.AbsolutePath ?? string.Empty;
            if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            {
                return response;
            }

            var violation = (await document()).Observe(request.Method.Method, path, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString());
            if (violation is not null)
            {
                response.Dispose();
                throw new UndocumentedStatusException(violation);
            }

            return response;
        }
    }
}

/// <summary>The service answered something its OpenAPI document does not say it answers.</summary>
public sealed class UndocumentedStatusException(string message) : Exception(message);
