using System.Net;
using System.Net.Http.Json;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;

namespace Monolith.Host.Tests;

/// <summary>
/// Who may call what: every module API needs a signed-in member of that module's agency, administration needs an
/// administrator, and the anonymous surface is sign-in, health and the OpenAPI document.
/// </summary>
public sealed class AuthorizationTests(HostFactory host) : IClassFixture<HostFactory>
{
    /// <summary>One read endpoint per protected area, with the demo accounts allowed to use it (comma-separated).</summary>
    private static readonly (string Area, string Path, string AllowedUser)[] Areas =
    [
        ("arbitration", "/api/arbitration/applications", "arbitration"),
        ("legalaid", "/api/legalaid/applications", "legalaid,justice"),
        ("supervision", "/api/supervision/oversight", "supervision"),
        ("inspection", "/api/inspection/deadlines", "inspection"),
        ("union", "/api/union/deadlines", "union"),
        ("mediation", "/api/mediation/deadlines", "mediation"),
        ("admin-audit", "/api/admin/audit", "admin"),
        ("admin-messages", "/api/admin/messages", "admin"),
        ("admin-accounts", "/api/admin/accounts", "admin"),
    ];

    public static TheoryData<string> ProtectedPaths => new(Areas.Select(a => a.Path));

    /// <summary>Every demo account × every protected area: 200 on its own, 403 elsewhere.</summary>
    public static TheoryData<string, string, HttpStatusCode> RolesByArea
    {
        get
        {
            var data = new TheoryData<string, string, HttpStatusCode>();
            foreach (var user in HostFactory.DemoUsers)
            {
                foreach (var (_, path, allowedUser) in Areas)
                {
                    data.Add(user, path, allowedUser.Split(',').Contains(user) ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ProtectedPaths))]
    public async Task An_anonymous_caller_gets_401_on_every_protected_api(string path)
    {
        using var anonymous = host.Anonymous();

        using var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RolesByArea))]
    public async Task Each_role_may_use_its_own_module_and_is_forbidden_the_others(string user, string path, HttpStatusCode expected)
    {
        var client = await host.ClientFor(user);

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gives_401_problem_details_in_Chinese_and_no_cookie()
    {
        using var client = host.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "union", password = "wrong-password-1" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True(Api.ContainsChinese(problem.Text("detail")));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var me = await client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_is_told_who_they_are()
    {
        var clerk = await host.ClientFor("arbitration");

        var me = await clerk.GetJsonAsync("/api/auth/me");

        Assert.Equal("arbitration", me.Text("userName"));
        Assert.Equal("ArbitrationClerk", me.Text("role"));
    }

    [Fact]
    public async Task The_job_dashboard_is_for_administrators_only()
    {
        using var anonymous = host.Anonymous();
        var clerk = await host.ClientFor("arbitration");
        var admin = await host.ClientFor("admin");

        using var asAnonymous = await anonymous.GetAsync("/hangfire");
        using var asClerk = await clerk.GetAsync("/hangfire");
        using var asAdmin = await admin.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, asAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asClerk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("后台任务", await asAdmin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_open_to_anyone()
    {
        using var anonymous = host.Anonymous();

        using var response = await anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_open_and_describes_the_arbitration_applications()
    {
        using var anonymous = host.Anonymous();

        var document = await anonymous.GetJsonAsync("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/arbitration/applications", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/legalaid/applications/{id}/grant", out _));
    }
}
