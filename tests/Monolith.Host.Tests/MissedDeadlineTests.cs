using System.Net;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Jobs;
using Monolith.BuildingBlocks.Demo;
using Monolith.Host.Tests.Infrastructure;
using Monolith.Testing;

namespace Monolith.Host.Tests;

/// <summary>
/// A referral nobody reviews: reminded mid-afternoon, marked missed after midnight by the sweep (what the recurring
/// Hangfire job runs), and listed for Supervision once. Each test moves the clock, so each gets its own host.
/// </summary>
public sealed class MissedDeadlineTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        host = new HostFactory();
        await host.InitializeAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Given_a_referral_nobody_reviews_When_the_clock_passes_midnight_and_the_sweep_runs_Then_supervision_sees_one_entry_and_a_second_sweep_adds_nothing()
    {
        var (linkageNumber, _) = await ReferredApplicationAsync(acceptFirst: true);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 0, 30, 0, China));
        var first = await SweepAsync();

        Assert.Equal(1, first.Missed);
        var supervision = await host.SignInAsync("supervision");
        var entries = await Eventually.MatchAsync(
            () => supervision.GetJsonAsync("/api/supervision/oversight"),
            e => e.GetArrayLength() > 0,
            Api.EventualTimeout,
            because: "the missed deadline should reach Supervision");
        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal(Api.ReviewRule, entry.Text("ruleId"));
        Assert.Equal(linkageNumber, entry.Text("linkageNumber"));
        Assert.Equal("LegalAid", entry.Text("module"));
        Assert.Equal("法律援助机构", entry.Text("agencyName"));
        Assert.Equal("2026-03-02", entry.Text("dueDate"));
        Assert.Contains(Api.NanchangPolicy, entry.Text("legalBasis"), StringComparison.Ordinal);

        var second = await SweepAsync();

        Assert.Equal(new ProcessedDeadlines(0, 0, 0), second);
        Assert.Single((await supervision.GetJsonAsync("/api/supervision/oversight")).EnumerateArray());
        var reviewer = await host.SignInAsync("legalaid");
        var missed = Assert.Single((await reviewer.GetJsonAsync("/api/legalaid/deadlines?filter=Missed")).EnumerateArray());
        Assert.Equal("Missed", missed.Text("state"));
        Assert.Equal(linkageNumber, missed.Text("linkageNumber"));
    }

    [Fact]
    public async Task Given_a_referral_nobody_reviews_When_the_sweep_runs_after_three_pm_local_Then_the_review_deadline_is_reminded_and_still_open()
    {
        var (linkageNumber, _) = await ReferredApplicationAsync(acceptFirst: false);
        var reviewer = await host.ClientFor("legalaid");

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 14, 59, 0, China));
        Assert.Equal(0, (await SweepAsync()).Reminded);
        Assert.False(ReviewDeadline(await reviewer.GetJsonAsync("/api/legalaid/deadlines"), linkageNumber).GetProperty("reminded").GetBoolean());

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 15, 30, 0, China));
        var swept = await SweepAsync();

        // Legal aid's review of the referral is due at 24:00 and reminded at 15:00; the application, registered directly
        // with arbitration, keeps the statutory five days for its acceptance decision.
        Assert.Equal(new ProcessedDeadlines(1, 0, 0), swept);
        var review = ReviewDeadline(await reviewer.GetJsonAsync("/api/legalaid/deadlines"), linkageNumber);
        Assert.Equal("Open", review.Text("state"));
        Assert.True(review.GetProperty("reminded").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero), review.GetInstant("dueAt"));
        Assert.Equal(0, (await SweepAsync()).Reminded);
    }

    [Fact]
    public void The_host_registers_the_recurring_jobs_in_its_own_job_storage_and_runs_no_job_server()
    {
        var storage = host.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs();

        var dispatch = Assert.Single(recurring, j => j.Id == PlatformJobs.DispatchScheduledWorkId);
        Assert.Equal("* * * * *", dispatch.Cron);
        Assert.Equal(typeof(PlatformJobs), dispatch.Job.Type);
        Assert.Equal(nameof(PlatformJobs.DispatchScheduledWorkAsync), dispatch.Job.Method.Name);
        Assert.Equal(nameof(PlatformJobs.RecomputeProvisionalDeadlinesAsync), Assert.Single(recurring, j => j.Id == PlatformJobs.RecomputeDeadlinesId).Job.Method.Name);
        Assert.Equal(nameof(PlatformJobs.MaintainMessagingAsync), Assert.Single(recurring, j => j.Id == PlatformJobs.MessagingMaintenanceId).Job.Method.Name);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true);
    }

    private async Task<(string LinkageNumber, Guid Id)> ReferredApplicationAsync(bool acceptFirst)
    {
        var clerk = await host.ClientFor("arbitration");
        var (id, linkageNumber) = await clerk.RegisterAsync(Api.NewApplication(new FakeIdentity(201)));
        if (acceptFirst)
        {
            using var accepted = await clerk.PostJsonAsync($"{Api.Applications}/{id}/acceptance", new JsonObject { ["accept"] = true });
            Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        }

        await clerk.ReferAsync(id);
        await (await host.ClientFor("legalaid")).WaitForLegalAidApplicationAsync(linkageNumber);
        return (linkageNumber, id);
    }

    /// <summary>What the Hangfire jobs do when their time comes.</summary>
    private Task<ProcessedDeadlines> SweepAsync() => DueWork.ProcessDeadlinesAsync(host.Services);

    private static System.Text.Json.JsonElement ReviewDeadline(System.Text.Json.JsonElement deadlines, string linkageNumber) =>
        Assert.Single(deadlines.EnumerateArray(), d => d.Text("linkageNumber") == linkageNumber && d.Text("ruleId") == Api.ReviewRule);
}
