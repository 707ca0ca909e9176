using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>
/// Every endpoint the host maps (API and pages), one per method and route, with the policies it requires and what it
/// reads: the list the authorisation matrix and the bad-input sweep are generated from, so that a new endpoint is
/// covered by both without a line of test code.
/// </summary>
public static class HostEndpoints
{
    public static IEnumerable<HostEndpoint> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var sources = services.GetRequiredService<EndpointDataSource>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            if (raw.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase) || endpoint.RoutePattern.Parameters.Any(p => p.IsCatchAll)
                || endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true)
            {
                continue;
            }

            var isPage = endpoint.Metadata.Any(m => m.GetType().Name == "PageActionDescriptor" || m.GetType().Name == "CompiledPageActionDescriptor");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } declared
                ? declared
                : isPage ? ["GET", "POST"] : ["GET"];
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            var anonymousAllowed = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>();
            foreach (var method in methods.Where(m => m is not "HEAD" and not "OPTIONS"))
            {
                var key = $"{method} {raw}";
                if (seen.Add(key))
                {
                    yield return new HostEndpoint(key, method, Fill(endpoint.RoutePattern), IsMachineFacing(raw),
                        authorize.Count == 0 || anonymousAllowed ? null : authorize,
                        accepts?.ContentTypes is [var contentType, ..] ? contentType : null)
                    {
                        Pattern = endpoint.RoutePattern,
                        BodyType = accepts?.RequestType,
                    };
                }
            }
        }
    }

    /// <summary>The API and /metrics (scraped by Prometheus) answer a refusal with 401/403, not a redirect to a page.</summary>
    private static bool IsMachineFacing(string raw) =>
        raw.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || raw.Equals("/metrics", StringComparison.OrdinalIgnoreCase);

    /// <summary>The roles the endpoint's policies admit; null when any signed-in user is admitted.</summary>
    public static async Task<HashSet<string>?> AllowedRolesAsync(IAuthorizationPolicyProvider provider, HostEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Policies is null)
        {
            return null;
        }

        var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Policies);
        var roleSets = policy!.Requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles.ToHashSet(StringComparer.Ordinal)).ToList();
        if (roleSets.Count == 0)
        {
            return null;
        }

        var allowed = roleSets[0];
        foreach (var set in roleSets.Skip(1))
        {
            allowed.IntersectWith(set);
        }

        return allowed;
    }

    /// <summary>
    /// The route with a value in each parameter: a new id (so nothing is found), a year, or a plain word; or the value
    /// <paramref name="value"/> gives for a parameter (null: the default).
    /// </summary>
    public static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string?>? value = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when value?.Invoke(parameter) is { } given => given,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "2029",
                    RoutePatternParameterPart parameter when parameter.Name == "documentName" => "v1",
                    RoutePatternParameterPart parameter when parameter.Name.Contains("year", StringComparison.OrdinalIgnoreCase) => "2029",
                    RoutePatternParameterPart parameter when parameter.Name.Contains("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
                    _ => "probe",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }
}

/// <param name="Accepts">The content type the endpoint declares it reads (e.g. multipart/form-data for an upload); routing answers 415 to any other.</param>
public sealed record HostEndpoint(string Key, string Method, string Path, bool IsApi, IReadOnlyList<IAuthorizeData>? Policies, string? Accepts = null)
{
    public required RoutePattern Pattern { get; init; }

    /// <summary>The type the endpoint reads from its JSON body (minimal API metadata); null when it reads none.</summary>
    public Type? BodyType { get; init; }
}
