using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ArbitrationReview;
using Monolith.Modules.Arbitration.Features.MediationLinks;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// 仲裁审查确认 on a real database: an application in time (published into the fixture as Mediation would) is queued with
/// its review deadline, decided by the clerk, documented, and the decision is addressed back to the requesting module.
/// </summary>
public sealed class ArbitrationReviewTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task An_application_in_time_is_queued_with_a_five_day_review_deadline_from_its_receipt()
    {
        var review = await ReceiveAsync(effectiveDaysAgo: 3);

        var queued = await platform.SendAsync(new GetReviewQuery(review));
        Assert.Equal(AgreementReviewStatus.AwaitingReview, queued.Status);
        Assert.True(queued.AppliedInTime);
        var decision = Assert.Single(queued.Deadlines, d => d.RuleId == ArbitrationDeadlineRules.ReviewDecision);
        Assert.Equal(DeadlineState.Open, decision.State);
        Assert.Equal(new DateOnly(2026, 3, 2), decision.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 9), decision.DueDate); // 5 days from Mon 03-02: Sat 03-07 rolled, or 5 working days
        Assert.Equal(DeadlineState.Completed, Assert.Single(queued.Deadlines, d => d.RuleId == ArbitrationDeadlineRules.ArbitrationReview).State);
        Assert.Empty(await platform.PublishedReviewDecisionsAsync());

        var list = await platform.SendAsync(new ListReviewsQuery(AgreementReviewStatus.AwaitingReview));
        var row = Assert.Single(list.Items);
        Assert.Equal((review, new DateOnly(2026, 3, 9)), (row.Id, row.ReviewDueDate));
    }

    [Fact]
    public async Task Confirming_makes_a_numbered_mediation_statement_completes_the_deadline_and_answers_the_requesting_module_only()
    {
        var first = await ReceiveAsync(seed: 1);
        var second = await ReceiveAsync(seed: 2);

        Assert.Equal("洪劳人仲审字〔2026〕1号", await platform.SendAsync(new DecideReviewCommand(first, true, null, null)));
        Assert.Equal("洪劳人仲审字〔2026〕2号", await platform.SendAsync(new DecideReviewCommand(second, true, null, null)));

        var decided = await platform.SendAsync(new GetReviewQuery(first));
        Assert.Equal(AgreementReviewStatus.Confirmed, decided.Status);
        Assert.Equal(DeadlineState.Completed, decided.Deadlines.Single(d => d.RuleId == ArbitrationDeadlineRules.ReviewDecision).State);
        var reply = (await platform.PublishedReviewDecisionsAsync()).First();
        Assert.Equal((ArbitrationReviewDecision.Confirmed, "Mediation", "洪劳人仲审字〔2026〕1号", true), (reply.Decision, reply.Recipient, reply.DocumentNumber, reply.AppliedInTime));
        Assert.Null(reply.Reason);
        Assert.IsAssignableFrom<IAddressedIntegrationEvent>(reply);

        var again = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideReviewCommand(first, false, ReviewRefusalGround.Other, "改判")));
        Assert.Equal("arbitration.review-decided", again.Code);
        Assert.Equal(2, (await platform.PublishedReviewDecisionsAsync()).Count);

        var document = await Documents().BuildAsync(first, ReviewDocuments.Slug, CancellationToken.None);
        Assert.Equal(("仲裁调解书", "洪劳人仲审字〔2026〕1号"), (document.Title, document.DocumentNumber));
        Assert.Contains(document.Paragraphs, p => p.Contains("支付工资12,800.00元", StringComparison.Ordinal));
        Assert.NotEmpty(OfficialDocumentDocx.Write(document));
    }

    [Fact]
    public async Task Not_confirming_needs_a_ground_and_a_written_reason_and_the_reply_carries_both()
    {
        var review = await ReceiveAsync();

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DecideReviewCommand(review, false, null, " ")));
        Assert.Equal(["ground", "reason"], invalid.Errors.Keys.Order());
        var undecided = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(new DecideReviewCommand(review, null, null, null)));
        Assert.Equal(["confirmed"], undecided.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() => Documents().BuildAsync(review, ReviewDocuments.Slug, CancellationToken.None));

        Assert.Null(await platform.SendAsync(new DecideReviewCommand(review, false, ReviewRefusalGround.NotTrueIntention, "劳动者称系受胁迫签署协议")));

        var decided = await platform.SendAsync(new GetReviewQuery(review));
        Assert.Equal((AgreementReviewStatus.NotConfirmed, ReviewRefusalGround.NotTrueIntention), (decided.Status, decided.RefusalGround));
        Assert.Null(decided.DocumentNumber);
        var reply = Assert.Single(await platform.PublishedReviewDecisionsAsync());
        Assert.Equal(ArbitrationReviewDecision.NotConfirmed, reply.Decision);
        Assert.Equal("调解协议违背当事人真实意思表示：劳动者称系受胁迫签署协议", reply.Reason);
        var deadline = await platform.QueryAsync<ArbitrationDbContext, Deadline>(db =>
            db.Deadlines.AsNoTracking().SingleAsync(d => d.SubjectId == review && d.RuleId == ArbitrationDeadlineRules.ReviewDecision));
        Assert.Equal((DeadlineState.Completed, ArbitrationDeadlineRules.NotConfirmed), (deadline.State, deadline.Outcome));

        var notice = await Documents().BuildAsync(review, ReviewDocuments.Slug, CancellationToken.None);
        Assert.Equal("不予确认调解协议通知书", notice.Title);
        Assert.Contains(notice.Paragraphs, p => p.Contains("受胁迫", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_review_not_decided_within_its_period_is_missed_and_reported()
    {
        var review = await ReceiveAsync();

        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)));
        await platform.ProcessDeadlinesAsync();

        var missed = Assert.Single(await platform.OutboxAsync(), e => e is DeadlineMissedIntegrationEvent).Event<DeadlineMissedIntegrationEvent>();
        Assert.Equal(ArbitrationDeadlineRules.ReviewDecision, missed.RuleId);

        await platform.SendAsync(new DecideReviewCommand(review, true, null, null)); // decided late: still decided and reported
        Assert.Single(await platform.PublishedReviewDecisionsAsync());
    }

    [Fact]
    public async Task A_late_application_is_refused_at_once_without_a_review_deadline_and_its_notice_gives_the_reason()
    {
        var review = await ReceiveAsync(effectiveDaysAgo: 20);

        var refused = await platform.SendAsync(new GetReviewQuery(review));
        Assert.Equal(AgreementReviewStatus.RefusedAsLate, refused.Status);
        Assert.DoesNotContain(refused.Deadlines, d => d.RuleId == ArbitrationDeadlineRules.ReviewDecision);
        var reply = Assert.Single(await platform.PublishedReviewDecisionsAsync());
        Assert.False(reply.AppliedInTime);
        Assert.Equal(ArbitrationReviewRequestedHandler.LateReason, reply.Reason);
        var refusedAgain = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(new DecideReviewCommand(review, true, null, null)));
        Assert.Equal("arbitration.review-decided", refusedAgain.Code);
        var notice = await Documents().BuildAsync(review, ReviewDocuments.Slug, CancellationToken.None);
        Assert.Contains(notice.Paragraphs, p => p.Contains("第七十四条", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_queue_lists_the_pending_first_pages_and_filters_and_an_unknown_review_is_404()
    {
        var decided = await ReceiveAsync(seed: 1);
        await platform.SendAsync(new DecideReviewCommand(decided, true, null, null));
        var pending = await ReceiveAsync(seed: 2);
        var third = await ReceiveAsync(seed: 3);

        var all = await platform.SendAsync(new ListReviewsQuery());
        Assert.Equal([pending, third, decided], all.Items.Select(r => r.Id));
        var paged = await platform.SendAsync(new ListReviewsQuery(null, new PageRequest(2, 2)));
        Assert.Equal((2, 2, 3), (paged.PageNumber, paged.PageCount, paged.TotalCount));
        Assert.Equal([decided], paged.Items.Select(r => r.Id));
        Assert.Equal([decided], (await platform.SendAsync(new ListReviewsQuery(AgreementReviewStatus.Confirmed))).Items.Select(r => r.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new GetReviewQuery(Guid.NewGuid())));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(new DecideReviewCommand(Guid.NewGuid(), true, null, null)));
    }

    private ReviewDocuments Documents() => platform.Services.CreateScope().ServiceProvider.GetRequiredService<ReviewDocuments>();

    /// <summary>Mediation's request, delivered; returns the commission's id of the review application.</summary>
    private async Task<Guid> ReceiveAsync(int seed = 1, int effectiveDaysAgo = 2)
    {
        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        var now = platform.Clock.GetUtcNow();
        var requestId = Guid.NewGuid();
        var worker = TestKit.Worker(seed);
        var employer = TestKit.Employer(seed);
        await platform.PublishAsync(new ArbitrationReviewRequestedIntegrationEvent(
            Guid.NewGuid(), now, $"TJ2026030200000{seed}", requestId, "Mediation", "某街道劳动争议调解委员会（演示）", $"调协〔2026〕{seed}号",
            "用人单位于2026年3月31日前支付工资12,800.00元", 12_800m, new DateOnly(2026, 3, 31), now.AddDays(-effectiveDaysAgo),
            new ReviewParty(worker.Name!, worker.ResidentIdNumber!, worker.Phone), new ReviewParty(employer.Name!, employer.CreditCode!, null), now, "调解员"));
        await platform.DeliverMessagesAsync();
        return await platform.QueryAsync<ArbitrationDbContext, Guid>(db =>
            db.Set<AgreementReviewApplication>().Where(r => r.ReviewRequestId == requestId).Select(r => r.Id).SingleAsync());
    }
}

internal static class ReviewTestKit
{
    public static async Task<List<ArbitrationReviewDecidedIntegrationEvent>> PublishedReviewDecisionsAsync(this PlatformFixture platform) =>
        [.. (await platform.OutboxAsync()).OfType<ArbitrationReviewDecidedIntegrationEvent>()];
}
