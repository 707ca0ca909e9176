using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class IssueOneTimeNoticeTests : IAsyncLifetime
{
    private static readonly DateOnly Hearing = new(2026, 3, 16);

    private PlatformFixture platform = null!;
    private RegisteredApplication registered = null!;

    public async Task InitializeAsync()
    {
        platform = await TestKit.PlatformAsync();
        registered = await platform.RegisterAsync();
    }

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task Issuing_the_notice_stores_it_and_discharges_the_notice_deadline()
    {
        await FileAsync();
        platform.Clock.Advance(TimeSpan.FromDays(1));

        await platform.SendAsync(Notice());

        var notice = (await platform.ApplicationAsync(registered.Id)).Notice;
        Assert.NotNull(notice);
        Assert.Equal("首席仲裁员 张敏；仲裁员 李强、王芳", notice.Arbitrators);
        Assert.Equal(new DateOnly(2026, 3, 12), notice.DefenceDueDate);
        Assert.Equal(new DateOnly(2026, 3, 13), notice.EvidenceDueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 14, 30, 0, TimeSpan.FromHours(8)), notice.HearingAt);
        Assert.Equal("第一仲裁庭", notice.HearingPlace);
        Assert.Equal(TestKit.Monday.AddDays(1), notice.IssuedAt);
        Assert.Equal("arbitration", notice.IssuedBy);

        var deadlines = (await Deadlines()).ToDictionary(d => d.RuleId);
        Assert.Equal(DeadlineState.Completed, deadlines[ArbitrationDeadlineRules.OneTimeNotice].State);
        Assert.Equal(DeadlineState.Completed, deadlines[ArbitrationDeadlineRules.DecideAcceptance].State);
        Assert.Equal(DeadlineState.Open, deadlines[ArbitrationDeadlineRules.HearingNotice].State); // the first hearing's notice is to be served
        Assert.Equal(DeadlineState.Open, deadlines[ArbitrationDeadlineRules.PostponementRequest].State);
        Assert.Equal(6, deadlines.Count);

        // The first hearing is in the room's calendar, notified with the notice.
        var hearing = Assert.Single((await platform.QueryAsync<ArbitrationDbContext, List<Monolith.Modules.Arbitration.Domain.Hearing>>(db => db.Set<Monolith.Modules.Arbitration.Domain.Hearing>().ToListAsync())));
        Assert.Equal(("第一仲裁庭", notice.HearingAt, 1), (hearing.Room, hearing.StartsAt, hearing.Ordinal));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task A_hearing_less_than_five_days_ahead_is_refused_on_the_hearing_date(int daysAhead)
    {
        await FileAsync();
        var hearing = new DateOnly(2026, 3, 2).AddDays(daysAhead);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(Notice() with { HearingDate = hearing, DefenceDueDate = hearing.AddDays(-1), EvidenceDueDate = hearing.AddDays(-1) }));

        Assert.Equal(["hearingDate"], error.Errors.Keys);
        Assert.Contains("五日", error.Errors["hearingDate"].Single(), StringComparison.Ordinal);
        Assert.Null((await platform.ApplicationAsync(registered.Id)).Notice);
        Assert.Equal(DeadlineState.Open, (await Deadlines()).Single(d => d.RuleId == ArbitrationDeadlineRules.OneTimeNotice).State);
    }

    [Fact]
    public async Task A_hearing_exactly_five_days_ahead_may_be_notified_today()
    {
        await FileAsync();
        var hearing = new DateOnly(2026, 3, 7);

        await platform.SendAsync(Notice() with { HearingDate = hearing, DefenceDueDate = hearing.AddDays(-1), EvidenceDueDate = hearing.AddDays(-1) });

        Assert.Equal(hearing, DateOnly.FromDateTime((await platform.ApplicationAsync(registered.Id)).Notice!.HearingAt.ToOffset(TimeSpan.FromHours(8)).DateTime));
    }

    [Fact]
    public async Task Across_a_weekend_the_five_days_are_counted_back_in_working_days()
    {
        await FileAsync();
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(8))); // Tuesday
        var hearing = new DateOnly(2026, 3, 9); // Monday: five calendar days back is Wed 03-04, five working days Mon 03-02

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(Notice() with { HearingDate = hearing, DefenceDueDate = hearing.AddDays(-1), EvidenceDueDate = hearing.AddDays(-1) }));

        Assert.Equal(["hearingDate"], error.Errors.Keys);
        Assert.Null((await platform.ApplicationAsync(registered.Id)).Notice);
    }

    [Fact]
    public async Task Across_the_qingming_holiday_a_hearing_is_notified_in_time_only_five_working_days_ahead()
    {
        await FileAsync();
        platform.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(8))); // Wednesday; 清明 rest 04-04..04-06

        // Wed 04-08: calendar reading Fri 04-03 would allow today, the working-day reading (Tue 03-31) does not.
        var tooSoon = new DateOnly(2026, 4, 8);
        await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(Notice() with { HearingDate = tooSoon, DefenceDueDate = tooSoon.AddDays(-1), EvidenceDueDate = tooSoon.AddDays(-1) }));

        // Thu 04-09: five working days back (04-08, 07, 03, 02, 01) is today.
        var inTime = new DateOnly(2026, 4, 9);
        await platform.SendAsync(Notice() with { HearingDate = inTime, DefenceDueDate = inTime.AddDays(-1), EvidenceDueDate = inTime.AddDays(-1) });
        Assert.NotNull((await platform.ApplicationAsync(registered.Id)).Notice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Evidence_due_on_or_after_the_hearing_is_refused(int daysAfterHearing)
    {
        await FileAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(Notice() with { EvidenceDueDate = Hearing.AddDays(daysAfterHearing) }));

        Assert.Equal(["evidenceDueDate"], error.Errors.Keys);
        Assert.Null((await platform.ApplicationAsync(registered.Id)).Notice);
    }

    [Fact]
    public async Task Every_missing_part_of_the_notice_is_reported()
    {
        await FileAsync();

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new IssueOneTimeNoticeCommand(registered.Id, " ", null, null, null, null, "")));

        Assert.Equal(
            ["arbitrators", "defenceDueDate", "evidenceDueDate", "hearingDate", "hearingPlace", "hearingTime"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task No_notice_is_issued_before_the_case_is_filed()
    {
        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Notice()));

        Assert.Equal("arbitration.not-filed", error.Code);
        Assert.Null((await platform.ApplicationAsync(registered.Id)).Notice);
    }

    [Fact]
    public async Task The_notice_is_issued_only_once()
    {
        await FileAsync();
        await platform.SendAsync(Notice());

        var error = await Assert.ThrowsAsync<BusinessRuleViolationException>(() => platform.SendAsync(Notice() with { HearingPlace = "第二仲裁庭" }));

        Assert.Equal("arbitration.notice-issued", error.Code);
        Assert.Equal("第一仲裁庭", (await platform.ApplicationAsync(registered.Id)).Notice!.HearingPlace);
    }

    [Fact]
    public async Task A_notice_for_an_unknown_application_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => platform.SendAsync(Notice() with { ApplicationId = Guid.NewGuid() }));
    }

    private Task<MediatR.Unit> FileAsync() => platform.SendAsync(new DecideAcceptanceCommand(registered.Id, Accept: true, RejectionReason: null));

    private IssueOneTimeNoticeCommand Notice() => new(
        registered.Id, " 首席仲裁员 张敏；仲裁员 李强、王芳 ", new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 13), Hearing, new TimeOnly(14, 30), " 第一仲裁庭 ");

    private Task<List<Deadline>> Deadlines() =>
        platform.QueryAsync<ArbitrationDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync());
}
