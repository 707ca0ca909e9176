using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.ReceiveReferral;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

public sealed class ReceiveReferralTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_referral_becomes_an_application_pending_review_with_the_referral_and_the_claims()
    {
        var referral = TestKit.Referral(TestKit.Monday, seed: 3, isMigrantWorker: true, LabourClaimKind.LabourRemuneration, LabourClaimKind.CompensationAndOther);
        platform.Clock.Advance(TimeSpan.FromMinutes(5));

        var application = await platform.ReceiveAsync(referral);

        Assert.Equal(LegalAidApplicationStatus.PendingReview, application.Status);
        Assert.Equal(referral.LinkageNumber, application.LinkageNumber);
        Assert.Equal(referral.OccurredAt, application.ReceivedAt);
        Assert.Equal(referral.Worker.Name, application.Applicant.Name);
        Assert.Equal(referral.Worker.ResidentIdNumber, application.Applicant.ResidentIdNumber);
        Assert.Equal(referral.Worker.Phone, application.Applicant.Phone);
        Assert.True(application.Applicant.IsMigrantWorker);
        Assert.Equal(referral.EmployerName, application.EmployerName);
        Assert.Equal(referral.EmployerCreditCode, application.EmployerCreditCode);
        Assert.True(application.EconomicHardshipStated);
        Assert.NotNull(application.Referral);
        Assert.Equal(referral.ReferralId, application.Referral.ReferralId);
        Assert.Equal("Arbitration", application.Referral.ReferringModule);
        Assert.Equal("劳动人事争议仲裁院", application.Referral.ReferringAgencyName);
        Assert.Equal(referral.ReferringCaseReference, application.Referral.CaseReference);
        Assert.Equal("arbitration", application.Referral.ReferredBy);
        Assert.Equal(referral.ConsentRecordedAt, application.Referral.ConsentRecordedAt);
        Assert.Equal(
            [(LabourClaimKind.LabourRemuneration, (decimal?)12_800m), (LabourClaimKind.CompensationAndOther, null)],
            application.Claims.OrderBy(c => c.Kind).Select(c => (c.Kind, c.Amount)));
        Assert.Null(application.DecidedAt);
        Assert.Null(application.LawyerId);
    }

    [Theory]
    [InlineData(true, new[] { LabourClaimKind.LabourRemuneration }, true)]
    [InlineData(true, new[] { LabourClaimKind.WorkInjury }, true)]
    [InlineData(true, new[] { LabourClaimKind.SocialInsuranceBenefits, LabourClaimKind.LabourRemuneration }, true)]
    [InlineData(false, new[] { LabourClaimKind.LabourRemuneration }, false)]
    [InlineData(true, new[] { LabourClaimKind.SocialInsuranceBenefits }, false)]
    [InlineData(true, new[] { LabourClaimKind.LabourRelationConfirmation, LabourClaimKind.CompensationAndOther }, false)]
    public async Task The_hardship_check_is_waived_only_for_a_migrant_worker_claiming_wages_or_work_injury(
        bool isMigrantWorker, LabourClaimKind[] kinds, bool waived)
    {
        var application = await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday, 1, isMigrantWorker, kinds));

        Assert.Equal(waived, application.HardshipCheckWaived);
    }

    [Fact]
    public async Task Under_the_nanchang_profile_the_review_is_due_the_same_working_day_counted_from_when_the_referral_was_sent()
    {
        var referral = TestKit.Referral(TestKit.Monday.AddMinutes(20));
        platform.Clock.Advance(TimeSpan.FromDays(1)); // delivered a day late: the period still runs from the referral

        var application = await platform.ReceiveAsync(referral);

        var deadline = Assert.Single(await Deadlines());
        Assert.Equal("legalaid.review-application", deadline.RuleId);
        Assert.Equal(application.Id, deadline.SubjectId);
        Assert.Equal(referral.LinkageNumber, deadline.LinkageNumber);
        Assert.Contains("劳动人事争议仲裁院转介", deadline.SubjectReference, StringComparison.Ordinal);
        Assert.Equal(TestKit.Monday.AddMinutes(20), deadline.TriggeredAt);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.TriggerDate);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(8)), deadline.DueAt);
        Assert.Equal("当日（工作日）", deadline.Period);
        Assert.Equal("referred", deadline.Traits); // 三(二) binds applications the linkage agencies or platforms referred
        Assert.Contains(TestKit.NanchangPolicy, deadline.PolicyProfile, StringComparison.Ordinal);
        Assert.Contains(TestKit.NanchangPolicy + " 三(二)", deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("《中华人民共和国法律援助法》第四十三条第一款", deadline.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_nanchang_profile_a_referral_sent_on_a_saturday_is_due_on_the_next_working_day()
    {
        var saturday = new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(8));
        platform.Clock.SetUtcNow(saturday);

        await platform.ReceiveAsync(TestKit.Referral(saturday));

        Assert.Equal(new DateOnly(2026, 3, 9), Assert.Single(await Deadlines()).DueDate);
    }

    [Fact]
    public async Task Under_statute_the_review_takes_seven_days_rolled_past_a_holiday_that_ends_them()
    {
        // Friday 2026-04-24: the 7th day, Friday 05-01, opens the Labour Day holiday (05-01 … 05-05), so the review is due Wednesday 05-06.
        var friday = new DateTimeOffset(2026, 4, 24, 10, 0, 0, TimeSpan.FromHours(8));
        await using var statute = await TestKit.PlatformAsync(policyProfile: null, start: friday);

        await statute.ReceiveAsync(TestKit.Referral(friday));

        var deadline = Assert.Single(await statute.QueryAsync<LegalAidDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync()));
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal("7日", deadline.Period);
        Assert.Equal(new DateOnly(2026, 5, 6), deadline.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 5, 7, 0, 0, 0, TimeSpan.FromHours(8)), deadline.DueAt);
        Assert.Contains("2026-05-01为法定休假日（劳动节），顺延至2026-05-06", deadline.Explanation, StringComparison.Ordinal);
        Assert.Equal("《中华人民共和国法律援助法》第四十三条第一款", deadline.LegalBasis);
    }

    [Fact]
    public async Task The_same_referral_received_twice_creates_one_application_and_one_deadline()
    {
        var referral = TestKit.Referral(TestKit.Monday);
        await platform.ReceiveAsync(referral);

        // Arbitration re-sends the same referral as a new event (e.g. after restoring its outbox).
        await platform.DeliverAsync(referral with { EventId = Guid.NewGuid() });

        Assert.Equal(1, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Single(await Deadlines());
        Assert.Empty(await platform.SendAsync(new ListMessageProblemsQuery()));
    }

    [Fact]
    public async Task The_handler_called_twice_with_one_event_creates_one_application()
    {
        var referral = TestKit.Referral(TestKit.Monday);

        for (var i = 0; i < 2; i++)
        {
            using var scope = platform.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<LegalAidReferralRequestedHandler>().HandleAsync(referral, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<LegalAidDbContext>().SaveChangesAsync();
        }

        Assert.Equal(1, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Two_referrals_of_the_same_worker_are_two_applications()
    {
        await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday, seed: 1));
        await platform.ReceiveAsync(TestKit.Referral(TestKit.Monday.AddHours(1), seed: 1));

        Assert.Equal(2, await platform.QueryAsync<LegalAidDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(2, (await Deadlines()).Count);
    }

    private Task<List<Deadline>> Deadlines() =>
        platform.QueryAsync<LegalAidDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync());
}
