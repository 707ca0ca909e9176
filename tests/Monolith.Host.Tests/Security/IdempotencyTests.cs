using System.Net;
using System.Text.Json.Nodes;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// A client that lost the response to a registration and sends it again with the same <c>Idempotency-Key</c> gets the
/// first answer and no second matter (issue #7, defect 8; ADR 0036).
/// </summary>
public sealed class IdempotencyTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_repeated_registration_with_the_same_key_answers_the_first_result_and_creates_nothing_more()
    {
        using var clerk = await host.SignInAsync("arbitration");
        var before = await CountAsync(clerk);
        var body = Api.NewApplication(new FakeIdentity(7101));

        using var first = await SendAsync(clerk, body, "retry-7101");
        using var second = await SendAsync(clerk, body, "retry-7101");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var (one, two) = (await first.ReadJsonAsync(), await second.ReadJsonAsync());
        Assert.Equal(one.GetProperty("id").GetGuid(), two.GetProperty("id").GetGuid());
        Assert.Equal(one.GetProperty("linkageNumber").GetString(), two.GetProperty("linkageNumber").GetString());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(before + 1, await CountAsync(clerk));
    }

    [Fact]
    public async Task Without_a_key_a_repeat_is_a_new_registration()
    {
        using var clerk = await host.SignInAsync("arbitration");
        var before = await CountAsync(clerk);

        using var plain1 = await clerk.PostJsonAsync(Api.Applications, Api.NewApplication(new FakeIdentity(7102)));
        using var plain2 = await clerk.PostJsonAsync(Api.Applications, Api.NewApplication(new FakeIdentity(7102)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (plain1.StatusCode, plain2.StatusCode));
        Assert.Equal(before + 2, await CountAsync(clerk));
    }

    [Fact]
    public async Task The_same_key_with_a_different_request_is_422_naming_the_header_and_writes_nothing()
    {
        using var clerk = await host.SignInAsync("arbitration");
        using var first = await SendAsync(clerk, Api.NewApplication(new FakeIdentity(7105)), "reused-key");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await CountAsync(clerk);

        using var other = await SendAsync(clerk, Api.NewApplication(new FakeIdentity(7106)), "reused-key");

        var problem = await other.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
        Assert.Equal(before, await CountAsync(clerk));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("中文键")]
    public async Task A_malformed_key_is_400_naming_the_header_and_writes_nothing(string key)
    {
        using var clerk = await host.SignInAsync("arbitration");
        var before = await CountAsync(clerk);

        using var response = await SendAsync(clerk, Api.NewApplication(new FakeIdentity(7107)), key);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
        Assert.Equal(before, await CountAsync(clerk));
    }

    [Fact]
    public async Task A_key_longer_than_128_characters_is_400()
    {
        using var clerk = await host.SignInAsync("arbitration");
        using var response = await SendAsync(clerk, Api.NewApplication(new FakeIdentity(7108)), new string('k', 129));
        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Concurrent_repeats_create_one_matter_and_each_gets_its_result_or_a_409_to_retry()
    {
        using var clerk = await host.SignInAsync("arbitration");
        var before = await CountAsync(clerk);
        var body = Api.NewApplication(new FakeIdentity(7109));

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync(clerk, body, "concurrent-7109")));
        try
        {
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, r.StatusCode.ToString()));
            var ids = new HashSet<Guid>();
            foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
            {
                ids.Add((await created.ReadJsonAsync()).GetProperty("id").GetGuid());
            }

            using var retried = await SendAsync(clerk, body, "concurrent-7109");
            ids.Add((await retried.ReadJsonAsync()).GetProperty("id").GetGuid());
            Assert.Single(ids);
            Assert.Equal(before + 1, await CountAsync(clerk));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, JsonNode body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Api.Applications)
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpClient clerk) =>
        (await clerk.GetJsonAsync(Api.Applications)).GetProperty("totalCount").GetInt32();
}
