using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.AdvanceAid;
using Monolith.Modules.LegalAid.Features.GetApplication;
using Monolith.Modules.LegalAid.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.LegalAid.Tests.Integration;

/// <summary>
/// Where the time limits behind advance aid (第四十四条) come from: the referral's own statement, Inspection's complaint
/// (the limitation interrupted), and the reviewer's entry with its basis, stated or computed from a starting day.
/// Advance aid opens only inside the last 7 days, on the deployment's calendar with its holidays.
/// </summary>
public sealed class TimeLimitSourceTests
{
    [Fact]
    public async Task A_time_limit_the_referral_states_is_known_and_opens_advance_aid_inside_the_last_7_days()
    {
        // Wed 2026-09-30: the last day is 10-08 (after the National Day holiday); the threshold 10-01 is past.
        await using var platform = await TestKit.PlatformAsync(start: new DateTimeOffset(2026, 9, 30, 9, 0, 0, TimeSpan.FromHours(8)));
        var referral = TestKit.Referral(platform.Clock.GetUtcNow()) with
        {
            TimeLimits = [new ReferredTimeLimit("不服非终局裁决的起诉期限", new DateOnly(2026, 10, 8), "裁决书于2026-09-20送达，劳动争议调解仲裁法第五十条")],
        };
        var application = await platform.ReceiveAsync(referral);

        var details = await platform.SendAsync(new GetApplicationQuery(application.Id));
        var limit = Assert.Single(details.TimeLimits);
        Assert.Equal((TimeLimitSource.Referral, new DateOnly(2026, 10, 8)), (limit.Source, limit.ExpiresOn));
        Assert.StartsWith("劳动人事争议仲裁院转介时载明：裁决书于2026-09-20送达", limit.Basis, StringComparison.Ordinal);
        Assert.False(limit.AdvanceAidOffered); // 8 days remain on 09-30

        platform.Clock.Advance(TimeSpan.FromDays(2)); // 10-02, inside the holiday: 6 days remain
        Assert.True((await platform.SendAsync(new GetApplicationQuery(application.Id))).AdvanceAidOffered);
        await platform.SendAsync(new ProvideAdvanceAidCommand(application.Id));
        Assert.Contains("2026-10-08", (await platform.ApplicationAsync(application.Id)).AdvanceAidBasis, StringComparison.Ordinal);

        // A repeated referral adds nothing.
        await platform.DeliverAsync(referral with { EventId = Guid.NewGuid() });
        Assert.Equal(1, await platform.QueryAsync<LegalAidDbContext, int>(db => db.TimeLimits.CountAsync()));
    }

    [Fact]
    public async Task An_inspection_complaint_restarts_the_limitation_and_its_end_rolls_past_the_holiday()
    {
        await using var platform = await TestKit.PlatformAsync(start: new DateTimeOffset(2026, 9, 28, 9, 0, 0, TimeSpan.FromHours(8)));
        var application = await platform.ReceiveAsync(TestKit.Referral(platform.Clock.GetUtcNow()));

        await platform.DeliverAsync(new ArbitrationLimitationInterruptedIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), application.LinkageNumber, Guid.NewGuid(), new DateOnly(2025, 10, 1), application.EmployerName, null, 1,
            "劳动争议调解仲裁法 第二十七条第二款"));

        var limit = Assert.Single((await platform.SendAsync(new GetApplicationQuery(application.Id))).TimeLimits);
        Assert.Equal((TimeLimitSource.InspectionComplaint, new DateOnly(2026, 10, 8)), (limit.Source, limit.ExpiresOn));
        Assert.False(limit.AdvanceAidOffered); // 10 days remain on 09-28
    }

    [Fact]
    public async Task The_reviewer_has_a_known_period_computed_from_its_start_with_the_basis_and_the_computation()
    {
        await using var platform = await TestKit.PlatformAsync(start: new DateTimeOffset(2026, 2, 18, 9, 0, 0, TimeSpan.FromHours(8)));
        var submitted = await platform.SubmitAsync(TestKit.Direct());

        await platform.SendAsync(new RecordTimeLimitCommand(submitted.Id, null, null, "裁决书送达回证", TimeLimitKind.SuitAgainstFinalAward, new DateOnly(2026, 1, 31)));

        var limit = Assert.Single((await platform.SendAsync(new GetApplicationQuery(submitted.Id))).TimeLimits);
        Assert.Equal(("不服终局裁决的起诉期限", new DateOnly(2026, 2, 24), TimeLimitSource.Reviewer), (limit.Description, limit.ExpiresOn, limit.Source));
        Assert.Contains("第四十八条", limit.Basis, StringComparison.Ordinal);
        Assert.Contains("裁决书送达回证", limit.Basis, StringComparison.Ordinal);
        Assert.Contains("2026-01-31", limit.Basis, StringComparison.Ordinal);
        Assert.True(limit.AdvanceAidOffered); // 02-18: 6 days to 02-24
    }

    [Fact]
    public async Task The_reviewer_must_give_the_basis_and_for_a_computed_period_its_start()
    {
        await using var platform = await TestKit.PlatformAsync();
        var submitted = await platform.SubmitAsync(TestKit.Direct());

        var stated = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RecordTimeLimitCommand(submitted.Id, "起诉期限", new DateOnly(2026, 3, 6), " ")));
        var computed = await Assert.ThrowsAsync<RequestValidationException>(() =>
            platform.SendAsync(new RecordTimeLimitCommand(submitted.Id, null, null, "送达回证", TimeLimitKind.ArbitrationLimitation, null)));

        Assert.Equal(["basis"], stated.Errors.Keys);
        Assert.Equal(["startsOn"], computed.Errors.Keys);
        Assert.Equal(0, await platform.QueryAsync<LegalAidDbContext, int>(db => db.TimeLimits.CountAsync()));
        Assert.Equal("legalaid.advance-aid-not-urgent", (await Assert.ThrowsAsync<BusinessRuleViolationException>(() =>
            platform.SendAsync(new ProvideAdvanceAidCommand(submitted.Id)))).Code);
    }
}
