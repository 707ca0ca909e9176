using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// The error answers every /api endpoint can give, declared on the endpoint (and so in the OpenAPI document) from what
/// the endpoint is, as <see cref="ProblemDetailsExceptionHandler"/>, the status-code pages, the authentication events,
/// <see cref="IdempotencyKeys"/> and the rate limiters really answer them, all <c>application/problem+json</c>:
/// <list type="bullet">
/// <item>400 (validation problem naming the field) when the endpoint takes input: a route or query value, a body, or
/// (any write) the <c>Idempotency-Key</c> header; 413 and 415 when it reads a body (too large; not its media type);</item>
/// <item>401 when it requires a signed-in user, 403 when it also requires a policy or role;</item>
/// <item>404 when its route names something (a route parameter);</item>
/// <item>409 (business rule, concurrent change, the same <c>Idempotency-Key</c> in flight) and 422 (the key reused for
/// another request) for writes that send a command, i.e. every write not marked <see cref="AnswersWithoutCommand"/>;</item>
/// <item>429 when a rate limiter applies;</item>
/// <item>500 for every endpoint (logged with the trace id the body carries).</item>
/// </list>
/// A status the endpoint already declares itself (e.g. a 422 with its own report) is left as it is.
/// </summary>
public static class ApiResponses
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>Declares the error answers on every /api endpoint mapped through <paramref name="builder"/>, after all its other conventions.</summary>
    public static TBuilder WithPlatformErrorResponses<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(Declare);
        return builder;
    }

    /// <summary>A write that does not send a command through the pipeline (sign-in, sign-out): no 409 or 422.</summary>
    public static TBuilder AnswersWithoutCommand<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithMetadata(NoCommand.Instance);
        return builder;
    }

    /// <summary>The error statuses <see cref="WithPlatformErrorResponses"/> declares for an endpoint, with the body type of each.</summary>
    public static IReadOnlyList<(int Status, Type Body)> ErrorResponses(RouteEndpointBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var metadata = endpoint.Metadata;
        var write = IsWrite(metadata);
        var routeParameters = endpoint.RoutePattern.Parameters.Count > 0;
        var body = metadata.OfType<IAcceptsMetadata>().Any();
        var queryOrRoute = routeParameters || metadata.OfType<IParameterBindingMetadata>().Any(p => IsRequestValue(p.ParameterInfo.ParameterType));
        var signedIn = RequiresSignIn(metadata);
        var policy = signedIn && (metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles))
            || metadata.OfType<AuthorizationPolicy>().Any() || metadata.OfType<IAuthorizationRequirementData>().Any());
        var limited = metadata.OfType<EnableRateLimitingAttribute>().Any() && !metadata.OfType<DisableRateLimitingAttribute>().Any();
        var command = SendsCommand(metadata);

        var responses = new List<(int, Type)>();
        if (queryOrRoute || body || write)
        {
            responses.Add((StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails)));
        }

        if (signedIn)
        {
            responses.Add((StatusCodes.Status401Unauthorized, typeof(ProblemDetails)));
        }

        if (policy)
        {
            responses.Add((StatusCodes.Status403Forbidden, typeof(ProblemDetails)));
        }

        if (routeParameters)
        {
            responses.Add((StatusCodes.Status404NotFound, typeof(ProblemDetails)));
        }

        if (command)
        {
            responses.Add((StatusCodes.Status409Conflict, typeof(ProblemDetails)));
        }

        if (body)
        {
            responses.Add((StatusCodes.Status413PayloadTooLarge, typeof(HttpValidationProblemDetails)));
            responses.Add((StatusCodes.Status415UnsupportedMediaType, typeof(HttpValidationProblemDetails)));
        }

        if (command)
        {
            responses.Add((StatusCodes.Status422UnprocessableEntity, typeof(HttpValidationProblemDetails)));
        }

        if (limited)
        {
            responses.Add((StatusCodes.Status429TooManyRequests, typeof(ProblemDetails)));
        }

        responses.Add((StatusCodes.Status500InternalServerError, typeof(ProblemDetails)));
        return responses;
    }

    /// <summary>Whether the endpoint requires a signed-in user: [Authorize], a policy or a role, and not [AllowAnonymous].</summary>
    public static bool RequiresSignIn(IEnumerable<object> metadata)
    {
        var all = metadata as IReadOnlyCollection<object> ?? [.. metadata];
        return !all.OfType<IAllowAnonymous>().Any() && (all.OfType<IAuthorizeData>().Any() || all.OfType<AuthorizationPolicy>().Any());
    }

    /// <summary>Whether the endpoint changes something: any method but GET and HEAD.</summary>
    public static bool IsWrite(IEnumerable<object> metadata)
    {
        var methods = metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        return methods.Count == 0 || methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m));
    }

    /// <summary>Whether the endpoint is a write that sends a command through the pipeline (and so honours <c>Idempotency-Key</c>, ADR 0036).</summary>
    public static bool SendsCommand(IEnumerable<object> metadata)
    {
        var all = metadata as IReadOnlyCollection<object> ?? [.. metadata];
        return IsWrite(all) && !all.OfType<NoCommand>().Any();
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route || !ErrorPages.IsApi(new PathString("/" + route.RoutePattern.RawText?.TrimStart('/'))))
        {
            return;
        }

        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
        foreach (var (status, body) in ErrorResponses(route).Where(r => !declared.Contains(r.Status)))
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, body, [ProblemContentType]));
        }
    }

    // A value bound from the route or the query string (string, number, date, enum, id), not a service or the body.
    private static bool IsRequestValue(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value == typeof(string) || (value.IsValueType && value != typeof(CancellationToken));
    }

    private sealed class NoCommand
    {
        public static readonly NoCommand Instance = new();
    }
}
