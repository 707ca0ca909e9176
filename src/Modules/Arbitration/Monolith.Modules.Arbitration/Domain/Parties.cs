namespace Monolith.Modules.Arbitration.Domain;

/// <summary>申请人: the worker.</summary>
internal sealed record Worker(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

/// <summary>被申请人: the employer, identified by its unified social credit code.</summary>
internal sealed record Employer(string Name, string CreditCode);

/// <summary>仲裁请求.</summary>
internal sealed class Claim
{
    private Claim()
    {
    }

    public Claim(Guid id, ClaimType type, decimal? amount, string? description)
    {
        Id = id;
        Type = type;
        Amount = amount;
        Description = description;
    }

    public Guid Id { get; private set; }

    public ClaimType Type { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Description { get; private set; }
}
