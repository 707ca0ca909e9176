using System.Net;
using Microsoft.Extensions.Logging;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Modules.Sample;
using Monolith.Testing;

namespace Monolith.Host.Tests.Security;

/// <summary>
/// A failure nobody expected answers 500 with a trace id, and the log has exactly one error line with that trace id
/// and the stack (issue #7, defect 4: the exception handler used to swallow them). Pages answer with the Chinese HTML
/// error page, the API with problem details (defect 14). The Sample fixture module has a defect on purpose.
/// </summary>
public sealed class ErrorHandlingTests(SampleComposition composition) : IClassFixture<SampleComposition>
{
    private ComposedHost Host => composition.Host;

    [Fact]
    public async Task An_unexpected_exception_in_the_api_answers_500_with_a_trace_id_that_one_error_line_of_the_log_carries_with_the_stack()
    {
        using var clerk = await Host.SignInAsync("sample");
        var before = Failures();

        using var response = await clerk.GetAsync("/api/sample/failure");

        var problem = await response.ReadProblemAsync(HttpStatusCode.InternalServerError);
        var body = problem.GetRawText();
        Assert.DoesNotContain("秘密", body, StringComparison.Ordinal);
        var traceId = problem.Text("traceId");
        Assert.False(string.IsNullOrEmpty(traceId));
        AssertLoggedOnce(traceId, before);
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_page_answers_the_Chinese_error_page_with_the_trace_id_of_its_one_error_line()
    {
        using var clerk = await Host.SignInAsync("sample");
        var before = Failures();

        using var response = await clerk.GetAsync("/Sample/Failure");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("服务器内部错误", html, StringComparison.Ordinal);
        Assert.Contains("劳动者维权联动平台", html, StringComparison.Ordinal); // in the site's layout
        Assert.DoesNotContain("秘密", html, StringComparison.Ordinal);
        var traceId = System.Text.RegularExpressions.Regex.Match(html, @"<span class=""mono"">(?<id>[^<]+)</span>").Groups["id"].Value;
        Assert.False(string.IsNullOrEmpty(traceId), html);
        AssertLoggedOnce(traceId, before);
    }

    [Theory]
    [InlineData("/Arbitration/Application/6a1e3b9e-0000-7000-8000-000000000000", "arbitration")]
    [InlineData("/no-such-page", "arbitration")]
    public async Task A_page_or_record_that_does_not_exist_answers_the_Chinese_404_page_not_json(string path, string user)
    {
        using var clerk = await Host.SignInAsync(user);

        using var response = await clerk.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面或记录不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_keeps_answering_problem_details_for_what_does_not_exist()
    {
        using var clerk = await Host.SignInAsync("arbitration");

        using var response = await clerk.GetAsync($"{Api.Applications}/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The log lines at error level about the sample's failure (tests of a class run one after another).</summary>
    private List<CapturedLog> Failures() =>
        [.. Host.Logs.Entries.Where(e => e.Level >= LogLevel.Error && (e.Exception?.ToString().Contains(SampleModule.FailureMessage, StringComparison.Ordinal) == true
            || e.Message.Contains(SampleModule.FailureMessage, StringComparison.Ordinal)))];

    private void AssertLoggedOnce(string traceId, List<CapturedLog> before)
    {
        // One new line, and no second one about the same failure (the framework's own, say).
        var entry = Assert.Single(Failures().Except(before));
        Assert.Contains(traceId, entry.Message, StringComparison.Ordinal);
        Assert.Equal("UnhandledException", entry.EventId.Name);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.False(string.IsNullOrEmpty(entry.Exception!.StackTrace));
    }
}
