using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;
using Monolith.Testing;

namespace Monolith.Modules.Arbitration.Tests.Integration;

/// <summary>Each invalid field is reported under the JSON path the client sent, and nothing at all is written.</summary>
public sealed class RegisterApplicationValidationTests : IAsyncLifetime
{
    private static readonly Dictionary<string, Func<RegisterApplicationCommand, RegisterApplicationCommand>> Breakages = new()
    {
        ["applicant.name (blank)"] = c => c with { Applicant = c.Applicant! with { Name = "  " } },
        ["applicant.name (too long)"] = c => c with { Applicant = c.Applicant! with { Name = new string('张', 33) } },
        ["applicant.residentIdNumber (check digit)"] = c => c with { Applicant = c.Applicant! with { ResidentIdNumber = WrongCheckDigit(c.Applicant!.ResidentIdNumber!) } },
        ["applicant.residentIdNumber (missing)"] = c => c with { Applicant = c.Applicant! with { ResidentIdNumber = null } },
        ["applicant.phone (not a number)"] = c => c with { Applicant = c.Applicant! with { Phone = "12345" } },
        ["applicant (missing)"] = c => c with { Applicant = null },
        ["respondent.name (blank)"] = c => c with { Respondent = c.Respondent! with { Name = "" } },
        ["respondent.creditCode (17 characters)"] = c => c with { Respondent = c.Respondent! with { CreditCode = "91360102MA35ABCDE" } },
        ["respondent (missing)"] = c => c with { Respondent = null },
        ["claims (empty)"] = c => c with { Claims = [] },
        ["claims (missing)"] = c => c with { Claims = null },
        ["claims[0].type (missing)"] = c => c with { Claims = [new ClaimInput(null, 100m, "工资")] },
        ["claims[0].type (undefined)"] = c => c with { Claims = [new ClaimInput((ClaimType)99, 100m, "工资")] },
        ["claims[0].amount (missing for wages)"] = c => c with { Claims = [new ClaimInput(ClaimType.UnpaidWages, null, "工资")] },
        ["claims[0].amount (negative)"] = c => c with { Claims = [new ClaimInput(ClaimType.UnpaidWages, -1m, "工资")] },
        ["claims[0].amount (zero)"] = c => c with { Claims = [new ClaimInput(ClaimType.OvertimePay, 0m, "加班费")] },
        ["claims[0].amount (3 decimals)"] = c => c with { Claims = [new ClaimInput(ClaimType.UnpaidWages, 12.345m, "工资")] },
        ["claims[0].amount (over the maximum)"] = c => c with { Claims = [new ClaimInput(ClaimType.UnpaidWages, 100_000_000.01m, "工资")] },
        ["claims[0].description (missing for Other)"] = c => c with { Claims = [new ClaimInput(ClaimType.Other, null, " ")] },
        ["claims[1].amount (second claim)"] = c => c with { Claims = [TestKit.Wages(), new ClaimInput(ClaimType.EconomicCompensation, null, null)] },
    };

    private PlatformFixture platform = null!;

    public static TheoryData<string> Cases => [.. Breakages.Keys];

    public async Task InitializeAsync() => platform = await TestKit.PlatformAsync();

    public async Task DisposeAsync() => await platform.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_invalid_field_is_reported_under_its_json_path_and_nothing_is_stored(string breakage)
    {
        var expectedKey = breakage[..breakage.IndexOf(' ', StringComparison.Ordinal)];
        var command = Breakages[breakage](TestKit.Application());

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(command));

        Assert.Equal([expectedKey], error.Errors.Keys);
        Assert.NotEmpty(error.Errors[expectedKey].Single());
        Assert.Equal(0, await platform.QueryAsync<ArbitrationDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(0, await platform.QueryAsync<ArbitrationDbContext, int>(db => db.Deadlines.CountAsync()));

        // No linkage number was consumed: the next valid registration still gets the first one.
        var registered = await platform.RegisterAsync();
        Assert.Equal("360100-ZC-2026-000001", registered.LinkageNumber);
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var command = new RegisterApplicationCommand(
            new WorkerInput("", "123", "abc", false),
            new EmployerInput(null, null),
            [new ClaimInput(ClaimType.UnpaidWages, null, null), new ClaimInput(ClaimType.Other, 5m, null)]);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(command));

        Assert.Equal(
            ["applicant.name", "applicant.phone", "applicant.residentIdNumber", "claims[0].amount", "claims[1].description", "respondent.creditCode", "respondent.name"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(nameof(ClaimType.LabourRelationConfirmation))]
    [InlineData(nameof(ClaimType.SocialInsurance))]
    [InlineData(nameof(ClaimType.WorkInjuryBenefits))]
    public async Task A_claim_that_is_not_for_a_sum_of_money_needs_no_amount(string type)
    {
        var registered = await platform.SendAsync(TestKit.Application(1, true, new ClaimInput(Enum.Parse<ClaimType>(type), null, null)));

        Assert.Null(Assert.Single((await platform.ApplicationAsync(registered.Id)).Claims).Amount);
    }

    [Fact]
    public async Task A_rejected_registration_is_audited_with_the_fields_in_error()
    {
        await Assert.ThrowsAsync<RequestValidationException>(() => platform.SendAsync(TestKit.Application() with { Claims = [] }));

        var entry = Assert.Single(await platform.AuditAsync(userName: "arbitration"));
        Assert.Equal(BuildingBlocks.Auditing.AuditOutcome.Rejected, entry.Outcome);
        Assert.Equal("claims", entry.Detail);
    }

    private static string WrongCheckDigit(string idNumber) =>
        idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
}
