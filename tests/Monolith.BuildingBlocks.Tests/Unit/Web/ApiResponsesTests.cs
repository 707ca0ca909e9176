using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Monolith.BuildingBlocks.Web;

namespace Monolith.BuildingBlocks.Tests.Unit.Web;

/// <summary>The error answers every /api endpoint declares (ADR 0038), from what the endpoint is.</summary>
public sealed class ApiResponsesTests
{
    [Fact]
    public void A_command_with_a_route_id_and_a_body_under_a_policy_declares_every_answer_the_pipeline_can_give()
    {
        var endpoint = Endpoint("POST", "/api/x/cases/{id:guid}/closure", new AuthorizeAttribute("Module:X"), new AcceptsMetadata(["application/json"], typeof(object)));

        Assert.Equal([400, 401, 403, 404, 409, 413, 415, 422, 500], Statuses(endpoint));
        Assert.Equal(typeof(HttpValidationProblemDetails), ApiResponses.ErrorResponses(endpoint).Single(r => r.Status == 400).Body);
        Assert.Equal(typeof(ProblemDetails), ApiResponses.ErrorResponses(endpoint).Single(r => r.Status == 409).Body);
    }

    [Fact]
    public void A_query_without_input_for_any_signed_in_user_can_only_be_refused_to_an_anonymous_caller_or_fail()
    {
        Assert.Equal([401, 500], Statuses(Endpoint("GET", "/api/auth/me", new AuthorizeAttribute())));
    }

    [Fact]
    public void A_query_with_query_values_can_be_a_400_but_services_and_the_cancellation_token_are_not_input()
    {
        var services = Endpoint("GET", "/api/x/cases", new AuthorizeAttribute("p"), Binding(typeof(CancellationToken)), Binding(typeof(IServiceProvider)));
        var query = Endpoint("GET", "/api/x/cases", new AuthorizeAttribute("p"), Binding(typeof(int?)), Binding(typeof(CancellationToken)));

        Assert.Equal([401, 403, 500], Statuses(services));
        Assert.Equal([400, 401, 403, 500], Statuses(query));
    }

    [Fact]
    public void Sign_in_is_anonymous_rate_limited_and_sends_no_command()
    {
        var endpoint = Endpoint("POST", "/api/auth/login", new AllowAnonymousAttribute(), new EnableRateLimitingAttribute("sign-in"),
            new AcceptsMetadata(["application/json"], typeof(object)));
        endpoint.Metadata.Add(NoCommandMarker());

        Assert.Equal([400, 413, 415, 429, 500], Statuses(endpoint));
        Assert.False(ApiResponses.SendsCommand(endpoint.Metadata));
    }

    [Fact]
    public void The_convention_declares_problem_details_on_api_endpoints_only_and_keeps_a_status_the_endpoint_declares()
    {
        var builder = new TestConventions();
        builder.WithPlatformErrorResponses();
        var api = Endpoint("POST", "/api/x/imports", new AuthorizeAttribute("p"), new ProducesResponseTypeMetadata(422, typeof(string), ["application/json"]));
        var page = Endpoint("POST", "/x/imports", new AuthorizeAttribute("p"));

        builder.Apply(api);
        builder.Apply(page);

        var declared = api.Metadata.OfType<IProducesResponseTypeMetadata>().ToList();
        Assert.Equal(typeof(string), Assert.Single(declared, p => p.StatusCode == 422).Type);
        Assert.All(declared.Where(p => p.StatusCode != 422), p => Assert.Equal(["application/problem+json"], p.ContentTypes));
        Assert.Contains(declared, p => p.StatusCode == 409);
        Assert.Empty(page.Metadata.OfType<IProducesResponseTypeMetadata>());
    }

    private static int[] Statuses(RouteEndpointBuilder endpoint) => [.. ApiResponses.ErrorResponses(endpoint).Select(r => r.Status)];

    private static RouteEndpointBuilder Endpoint(string method, string pattern, params object[] metadata)
    {
        var endpoint = new RouteEndpointBuilder(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0);
        endpoint.Metadata.Add(new HttpMethodMetadata([method]));
        foreach (var item in metadata)
        {
            endpoint.Metadata.Add(item);
        }

        return endpoint;
    }

    private static object NoCommandMarker()
    {
        var builder = new TestConventions();
        builder.AnswersWithoutCommand();
        var endpoint = Endpoint("POST", "/api/auth/login");
        builder.Apply(endpoint);
        return endpoint.Metadata[^1];
    }

    private static BindingMetadata Binding(Type type) => new(type);

    private sealed class BindingMetadata(Type type) : IParameterBindingMetadata
    {
        public string Name => "p";

        public bool IsOptional => true;

        public bool HasTryParse => false;

        public bool HasBindAsync => false;

        public System.Reflection.ParameterInfo ParameterInfo { get; } = new Parameter(type);

        private sealed class Parameter(Type type) : System.Reflection.ParameterInfo
        {
            public override Type ParameterType => type;
        }
    }

    private sealed class TestConventions : IEndpointConventionBuilder
    {
        private readonly List<Action<EndpointBuilder>> conventions = [];
        private readonly List<Action<EndpointBuilder>> finallyConventions = [];

        public void Add(Action<EndpointBuilder> convention) => conventions.Add(convention);

        public void Finally(Action<EndpointBuilder> finallyConvention) => finallyConventions.Add(finallyConvention);

        public void Apply(EndpointBuilder endpoint)
        {
            conventions.ForEach(c => c(endpoint));
            finallyConventions.ForEach(c => c(endpoint));
        }
    }
}
