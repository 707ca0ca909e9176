using Microsoft.EntityFrameworkCore;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetCase;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>
/// Inspection's <see cref="ArbitrationLimitationInterruptedIntegrationEvent"/> (published into the fixture as Inspection
/// would) is recorded once per complaint and read by the limitation check (调解仲裁法 第二十七条第二款).
/// </summary>
public sealed class LimitationInterruptedHandlerTests : IAsyncLifetime
{
    private const string Basis = "《劳动争议调解仲裁法》第二十七条第二款（劳动保障监察投诉适用本款系解释）";

    private PlatformFixture platform = null!;

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Fact]
    public async Task A_complaint_of_the_same_matter_restarts_the_year_and_turns_the_warning_into_within_the_period()
    {
        var registered = await RegisterAsync();
        Assert.Equal(LimitationVerdict.Expired, (await platform.SendAsync(new GetCaseQuery(registered.Id))).Limitation.Verdict);

        await DeliverAsync(Complaint(registered.LinkageNumber, new DateOnly(2025, 6, 10)));

        var limitation = (await platform.SendAsync(new GetCaseQuery(registered.Id))).Limitation;
        Assert.Equal(LimitationVerdict.Within, limitation.Verdict);
        var claim = Assert.Single(limitation.Claims);
        Assert.Equal(new DateOnly(2026, 6, 10), claim.LastDay);
        Assert.Contains(claim.Steps, s => s.Contains("2025-06-10时效中断（向劳动保障监察机构投诉", StringComparison.Ordinal));
        var complaint = Assert.Single(limitation.Complaints);
        Assert.True(complaint.Applied);
        Assert.Equal((registered.LinkageNumber, new DateOnly(2025, 6, 10), 3), (complaint.LinkageNumber, complaint.InterruptedOn, complaint.WorkersCovered));
    }

    [Fact]
    public async Task A_complaint_against_the_same_employer_under_another_matter_is_shown_to_verify_but_not_applied()
    {
        // The complaint comes first; the worker applies to arbitration directly later (a new linkage number).
        await DeliverAsync(Complaint("JC2025061000001", new DateOnly(2025, 6, 10)));
        await DeliverAsync(Complaint("JC2025061000002", new DateOnly(2025, 7, 1), employerSeed: 9));
        var registered = await RegisterAsync();

        var limitation = (await platform.SendAsync(new GetCaseQuery(registered.Id))).Limitation;
        Assert.Equal(LimitationVerdict.Expired, limitation.Verdict);
        var shown = Assert.Single(limitation.Complaints); // the other employer's complaint is not shown
        Assert.Equal(("JC2025061000001", false), (shown.LinkageNumber, shown.Applied));
    }

    [Fact]
    public async Task The_same_complaint_reported_twice_is_recorded_once()
    {
        var registered = await RegisterAsync();
        var complaint = Complaint(registered.LinkageNumber, new DateOnly(2025, 6, 10));

        await DeliverAsync(complaint);
        await DeliverAsync(complaint with { EventId = Guid.NewGuid(), InterruptedOn = new DateOnly(2025, 8, 1) });

        Assert.Equal(1, await platform.QueryAsync<ArbitrationDbContext, int>(db => db.Set<ComplaintInterruption>().CountAsync()));
        Assert.Equal(new DateOnly(2025, 6, 10), Assert.Single((await platform.SendAsync(new GetCaseQuery(registered.Id))).Limitation.Complaints).InterruptedOn);
    }

    private Task<RegisteredApplication> RegisterAsync() =>
        platform.SendAsync(TestKit.Application(1, true, new ClaimInput(ClaimType.EconomicCompensation, 9_000m, null)) with
        {
            KnewOfInfringementOn = new DateOnly(2025, 1, 20),
            EmploymentEndedOn = new DateOnly(2025, 1, 20),
        });

    private ArbitrationLimitationInterruptedIntegrationEvent Complaint(string linkageNumber, DateOnly on, int employerSeed = 1)
    {
        var employer = TestKit.Employer(employerSeed);
        return new ArbitrationLimitationInterruptedIntegrationEvent(
            Guid.NewGuid(), platform.Clock.GetUtcNow(), linkageNumber, Guid.CreateVersion7(), on, employer.Name!, employer.CreditCode, 3, Basis);
    }

    private async Task DeliverAsync(ArbitrationLimitationInterruptedIntegrationEvent complaint)
    {
        await platform.PublishAsync(complaint);
        await platform.DeliverMessagesAsync();
    }
}
