using Monolith.BuildingBlocks.Demo;

namespace Monolith.Bench;

internal sealed record Worker(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

internal sealed record Employer(string Name, string CreditCode);

internal sealed record Claim(string Type, decimal? Amount, string? Description);

/// <summary>The body of <c>POST /api/arbitration/applications</c> (and of the baseline's insert).</summary>
internal sealed record Registration(Worker Applicant, Employer Respondent, IReadOnlyList<Claim> Claims, int WorkerCount = 1);

/// <summary>Fake, well-formed registrations (FakeIdentity: check digits right, never a real person); one generator per client.</summary>
internal sealed class Registrations(int seed)
{
    private readonly FakeIdentity fake = new(seed);
    private readonly Random random = new(seed);

    public Registration Next() => new(
        new Worker(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), random.Next(2) == 0),
        new Employer(fake.EmployerName(), fake.CreditCode()),
        [new Claim("UnpaidWages", random.Next(1_000, 90_000), null), new Claim("EconomicCompensation", random.Next(1_000, 30_000), null)]);
}
