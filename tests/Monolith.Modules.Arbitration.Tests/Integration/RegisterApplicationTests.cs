using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

public sealed class RegisterApplicationTests : IAsyncLifetime
{
    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task The_application_is_stored_with_the_identifiers_normalised_and_the_claims_as_given()
    {
        var idNumber = TestKit.IdNumberEndingInX();
        var employer = TestKit.Employer(3);
        var phone = TestKit.Worker(3).Phone!;
        var command = new RegisterApplicationCommand(
            new WorkerInput("  刘秀英 ", "  " + idNumber.ToLowerInvariant() + " ", " " + phone + " ", IsMigrantWorker: true),
            new EmployerInput(" " + employer.Name + " ", " " + employer.CreditCode!.ToLowerInvariant() + "  "),
            [
                new ClaimInput(ClaimType.UnpaidWages, 12_800.50m, "  2025年10月至12月工资 "),
                new ClaimInput(ClaimType.LabourRelationConfirmation, null, null),
            ]);

        var registered = await platform.SendAsync(command);

        var stored = await platform.ApplicationAsync(registered.Id);
        Assert.Equal(registered.LinkageNumber, stored.LinkageNumber);
        Assert.Equal("刘秀英", stored.Applicant.Name);
        Assert.Equal(idNumber, stored.Applicant.ResidentIdNumber);
        Assert.EndsWith("X", stored.Applicant.ResidentIdNumber, StringComparison.Ordinal);
        Assert.Equal(phone, stored.Applicant.Phone);
        Assert.True(stored.Applicant.IsMigrantWorker);
        Assert.Equal(employer.Name, stored.Respondent.Name);
        Assert.Equal(employer.CreditCode, stored.Respondent.CreditCode);
        Assert.Equal(ApplicationStatus.Registered, stored.Status);
        Assert.Equal(TestKit.Monday, stored.ReceivedAt);
        Assert.Equal("arbitration", stored.RegisteredBy);
        var claims = stored.Claims.OrderBy(c => c.Type).ToList();
        Assert.Equal([ClaimType.UnpaidWages, ClaimType.LabourRelationConfirmation], claims.Select(c => c.Type));
        Assert.Equal(12_800.50m, claims[0].Amount);
        Assert.Equal("2025年10月至12月工资", claims[0].Description);
        Assert.Null(claims[1].Amount);
    }

    [Fact]
    public async Task Linkage_numbers_are_issued_in_sequence_for_the_division_the_agency_and_the_year()
    {
        var first = await platform.RegisterAsync(seed: 1);
        var second = await platform.RegisterAsync(seed: 2);

        Assert.Equal("360100-ZC-2026-000001", first.LinkageNumber);
        Assert.Equal("360100-ZC-2026-000002", second.LinkageNumber);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Under_the_nanchang_profile_a_linkage_case_is_reminded_to_be_filed_the_same_working_day_but_missed_only_after_the_statutory_period()
    {
        var registered = await platform.RegisterLinkageCaseAsync();

        var stored = await platform.ApplicationAsync(registered.Id);
        Assert.Equal(ApplicationChannel.Linkage, stored.Channel);
        var deadline = Assert.Single(await Deadlines());
        Assert.Equal(ArbitrationDeadlineRules.DecideAcceptance, deadline.RuleId);
        Assert.Equal(registered.Id, deadline.SubjectId);
        Assert.Equal(registered.LinkageNumber, deadline.LinkageNumber);
        Assert.Equal(nameof(ArbitrationApplication), deadline.SubjectType);
        Assert.Contains(registered.LinkageNumber, deadline.SubjectReference, StringComparison.Ordinal);
        Assert.Equal("linkage,referred", deadline.Traits);
        Assert.Equal(new DateOnly(2026, 3, 2), deadline.TriggerDate);

        // 三(五) binds the filing of cases that meet the filing conditions: the same day for an acceptance only.
        Assert.Contains(TestKit.NanchangPolicy, deadline.PolicyName, StringComparison.Ordinal);
        Assert.Equal(ArbitrationDeadlineRules.Accepted, deadline.PolicyOutcome);
        Assert.Equal("当日（工作日）", deadline.PolicyPeriod);
        Assert.Contains(TestKit.NanchangPolicy, deadline.PolicyLegalBasis, StringComparison.Ordinal);
        Assert.Contains("《劳动争议调解仲裁法》第二十九条", deadline.PolicyLegalBasis, StringComparison.Ordinal); // the statute it shortens
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(8)), deadline.PolicyDueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.FromHours(8)), deadline.RemindAt);

        // Missed only by the statute: five days, the working-day reading (Mon 03-09).
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.Equal("5日（工作日/自然日待核实）", deadline.Period);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(8)), deadline.DueAt);
        Assert.Equal(DeadlineState.Open, deadline.State);
        Assert.False(deadline.Provisional);
    }

    [Fact]
    public async Task Under_the_nanchang_profile_a_direct_application_keeps_the_statutory_acceptance_period()
    {
        var registered = await platform.RegisterAsync();

        Assert.Equal(ApplicationChannel.Direct, (await platform.ApplicationAsync(registered.Id)).Channel);
        var deadline = Assert.Single(await Deadlines());
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.DoesNotContain(TestKit.NanchangPolicy, deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Null(deadline.PolicyName);
        Assert.Null(deadline.PolicyDueAt);
        Assert.Equal(string.Empty, deadline.Traits);
        Assert.Equal(new DateOnly(2026, 3, 9), deadline.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(8)), deadline.RemindAt);
    }

    [Fact]
    public async Task Under_statute_the_acceptance_period_is_due_by_the_working_day_reading_and_reminded_by_the_calendar_reading()
    {
        // Wednesday 2026-03-04: five working days end Wed 03-11, five calendar days end Mon 03-09 (deadlines.md §9.6).
        await using var statute = await TestKit.PlatformAsync(policyProfile: null, start: new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(8)));

        var registered = await statute.RegisterAsync();

        var deadline = Assert.Single(await statute.QueryAsync<ArbitrationDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync()));
        Assert.Equal(registered.Id, deadline.SubjectId);
        Assert.Equal(DeadlineCatalogue.StatutoryProfile, deadline.PolicyProfile);
        Assert.DoesNotContain(TestKit.NanchangPolicy, deadline.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("5日（工作日/自然日待核实）", deadline.Period);
        Assert.Equal(new DateOnly(2026, 3, 11), deadline.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.FromHours(8)), deadline.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(8)), deadline.RemindAt);
        Assert.Contains("2026-03-09", deadline.Explanation, StringComparison.Ordinal);
        Assert.Contains("2026-03-11", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_is_audited_with_the_linkage_number()
    {
        var registered = await platform.RegisterAsync();

        var entry = Assert.Single(await platform.AuditAsync(registered.LinkageNumber));
        Assert.Equal("Arbitration.RegisterApplication", entry.Action);
        Assert.Equal(BuildingBlocks.Auditing.AuditKind.Command, entry.Kind);
        Assert.Equal(BuildingBlocks.Auditing.AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal("arbitration", entry.UserName);
    }

    private Task<List<Deadline>> Deadlines() =>
        platform.QueryAsync<ArbitrationDbContext, List<Deadline>>(db => db.Deadlines.AsNoTracking().ToListAsync());
}
