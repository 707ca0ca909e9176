using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Monolith.BuildingBlocks.Modules;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>The real service composed of the real modules plus the Sample fixture module, shared by the tests of a class.</summary>
public sealed class SampleComposition : IAsyncLifetime
{
    public static IReadOnlyList<IModule> Modules => [.. ModuleList.All, new SampleModule()];

    public ComposedHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ComposedHost.StartAsync(Modules);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>
/// A module the building blocks and the host have never heard of (tests/Fixtures/Monolith.Modules.Sample), composed
/// into the real service beside the real modules by the same code that composes the shipped service: its demo
/// account, navigation, page, form, API and deadline all work from its descriptor and its own assembly.
/// </summary>
public sealed partial class FixtureModuleTests(SampleComposition composition) : IClassFixture<SampleComposition>
{
    private ComposedHost Host => composition.Host;

    [Fact]
    public async Task The_sample_clerk_goes_from_the_home_page_through_the_form_and_the_api_to_the_deadlines()
    {
        using var clerk = await Host.SignInAsync("sample");

        // Home: the sample's navigation and the clerk's role, both from the sample's descriptor.
        var home = await clerk.GetStringAsync("/");
        Assert.Contains("<a href=\"/Sample\"", home, StringComparison.Ordinal);
        Assert.Contains("示例事项", home, StringComparison.Ordinal);
        Assert.Contains("示例经办人", home, StringComparison.Ordinal);

        // The page, in the host's layout, lists the sample's deadlines through the shared partial.
        var page = await clerk.GetStringAsync("/Sample");
        Assert.Contains("<h1>示例事项</h1>", page, StringComparison.Ordinal);
        Assert.Contains("劳动者维权联动平台", page, StringComparison.Ordinal);

        // The form sends the command through the shared CommandPageModel: a notice, then back to the page.
        using var posted = await clerk.PostAsync("/Sample", Form(page, "表单登记的示例事项"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/Sample", posted.Headers.Location?.OriginalString);
        var after = await clerk.GetStringAsync("/Sample");
        var formNumber = Notice().Match(after).Groups["number"].Value;
        Assert.Matches(SampleNumber(), formNumber);
        Assert.Contains("答复示例事项", after, StringComparison.Ordinal);
        Assert.Contains($"示例事项 {formNumber}（表单登记的示例事项）", after, StringComparison.Ordinal);

        // The API opens another matter, with the next number.
        using var created = await clerk.PostJsonAsync("/api/sample/matters", new JsonObject { ["title"] = "接口登记的示例事项" });
        var body = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)created.StatusCode}: {body}");
        var apiNumber = body.Text("linkageNumber");
        Assert.Matches(SampleNumber(), apiNumber);
        Assert.NotEqual(formNumber, apiNumber);

        // Both deadlines, in the module's own list: 5 working days from Monday 2 March end on Monday 9 March.
        var deadlines = (await clerk.GetJsonAsync("/api/sample/deadlines")).GetProperty("items").EnumerateArray().ToList();
        var fromApi = Assert.Single(deadlines, d => d.Text("linkageNumber") == apiNumber);
        Assert.Equal("sample.reply", fromApi.Text("ruleId"));
        Assert.Equal("2026-03-09", fromApi.Text("dueDate"));
        Assert.Equal("示例规则（测试用，非法律规定）", fromApi.Text("legalBasis"));
        Assert.Contains(deadlines, d => d.Text("linkageNumber") == formNumber);
    }

    [Fact]
    public async Task A_form_without_a_title_shows_the_validators_message_at_the_field_and_opens_nothing()
    {
        using var clerk = await Host.SignInAsync("sample");
        var before = (await clerk.GetJsonAsync("/api/sample/deadlines")).GetProperty("totalCount").GetInt32();

        using var posted = await clerk.PostAsync("/Sample", Form(await clerk.GetStringAsync("/Sample"), "  "));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await posted.Content.ReadAsStringAsync();
        Assert.Matches(FieldError(), page);
        Assert.Equal(before, (await clerk.GetJsonAsync("/api/sample/deadlines")).GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("inspection")]
    [InlineData("arbitration")]
    [InlineData("admin")]
    public async Task Another_role_is_forbidden_the_samples_api_and_sent_away_from_its_page(string userName)
    {
        using var other = await Host.SignInAsync(userName);

        using var list = await other.GetAsync("/api/sample/deadlines");
        using var open = await other.PostJsonAsync("/api/sample/matters", new JsonObject { ["title"] = "越权登记" });
        using var page = await other.GetAsync("/Sample");

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/denied", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_clerk_is_forbidden_the_other_modules_apis()
    {
        using var clerk = await Host.SignInAsync("sample");

        using var inspection = await clerk.GetAsync("/api/inspection/deadlines");
        using var arbitration = await clerk.GetAsync("/api/arbitration/applications");

        Assert.Equal(HttpStatusCode.Forbidden, inspection.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, arbitration.StatusCode);
    }

    [Fact]
    public async Task The_deployments_rule_catalogue_lists_the_samples_rule_under_its_agency()
    {
        using var clerk = await Host.SignInAsync("sample");

        var rules = (await clerk.GetJsonAsync("/api/deadline-rules")).GetProperty("rules").EnumerateArray();

        var rule = Assert.Single(rules, r => r.Text("id") == "sample.reply");
        Assert.Equal("Sample", rule.Text("module"));
        Assert.Equal("示例机构", rule.Text("agency"));
    }

    private static FormUrlEncodedContent Form(string page, string title) => new(new Dictionary<string, string>
    {
        ["Open.Title"] = title,
        ["__RequestVerificationToken"] = ComposedHost.AntiforgeryToken(page),
    });

    [GeneratedRegex(@"已登记示例事项，联动编号 (?<number>[0-9A-Z-]+)。")]
    private static partial Regex Notice();

    [GeneratedRegex(@"^360100-YP-2026-[0-9]{6}\z")]
    private static partial Regex SampleNumber();

    [GeneratedRegex(@"<span class=""field-error[^""]*""[^>]*>[^<]*事项名称[^<]*</span>")]
    private static partial Regex FieldError();
}

/// <summary>The composition itself: what start-up does with a module that has no migrations, and with a module left out.</summary>
public sealed class ComposingModulesTests
{
    [Fact]
    public async Task Started_again_on_the_same_file_the_samples_tables_are_kept_with_their_matters()
    {
        using var database = new TestDatabase();
        string number;
        await using (var first = await ComposedHost.StartAsync(SampleComposition.Modules, database))
        {
            using var clerk = await first.SignInAsync("sample");
            using var created = await clerk.PostJsonAsync("/api/sample/matters", new JsonObject { ["title"] = "重启前登记的示例事项" });
            number = (await created.ReadJsonAsync()).Text("linkageNumber");
        }

        await using var second = await ComposedHost.StartAsync(SampleComposition.Modules, database);
        using var again = await second.SignInAsync("sample");

        var deadlines = (await again.GetJsonAsync("/api/sample/deadlines")).GetProperty("items").EnumerateArray();
        Assert.Contains(deadlines, d => d.Text("linkageNumber") == number);
    }

    [SqliteOnlyFact]
    public async Task A_development_file_with_only_some_of_the_samples_tables_is_refused_rather_than_patched()
    {
        using var database = new TestDatabase();
        await (await ComposedHost.StartAsync(SampleComposition.Modules, database)).DisposeAsync();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE SampleMatters";
            await drop.ExecuteNonQueryAsync();
        }

        await using var again = ComposedHost.Build(SampleComposition.Modules, database);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MonolithApp.InitializeAsync(again.App));

        Assert.Contains("SampleDbContext", error.Message, StringComparison.Ordinal);
        Assert.Contains("请删除开发用的数据库文件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_a_module_without_migrations_stops_the_start()
    {
        await using var host = ComposedHost.Build(SampleComposition.Modules, environment: "Production");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MonolithApp.InitializeAsync(host.App));

        Assert.Contains("SampleDbContext", error.Message, StringComparison.Ordinal);
        Assert.Contains("没有数据库迁移", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_left_out_of_the_composition_serves_neither_pages_nor_api_though_the_host_references_it()
    {
        await using var host = await ComposedHost.StartAsync([.. ModuleList.All.Where(m => m.Info.Name != "Union")]);
        using var admin = await host.SignInAsync("admin");

        using var page = await admin.GetAsync("/Union");
        using var api = await admin.GetAsync("/api/union/deadlines");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }
}
