namespace Monolith.Modules.LegalAid.Domain;

/// <summary>A lawyer or legal-aid worker on the institution's roster, who can be assigned (指派) to a granted application.</summary>
internal sealed class Lawyer
{
    private readonly List<EmployerEngagement> engagements = [];

    private Lawyer()
    {
    }

    public Lawyer(Guid id, string name, string firm, string phone)
    {
        Id = id;
        Name = name;
        Firm = firm;
        Phone = phone;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Firm { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    /// <summary>Employers this lawyer acts for, in any matter (declared to the roster); the conflict check reads them.</summary>
    public IReadOnlyList<EmployerEngagement> Engagements => engagements;

    public void DeclareEngagement(EmployerEngagement engagement) => engagements.Add(engagement);

    /// <summary>
    /// 利益冲突: the lawyer acts for this employer in any matter. Matched by the unified social credit code when both
    /// sides have one, else by the name with spaces and brackets normalised.
    /// </summary>
    public bool ActsFor(string employerName, string? employerCreditCode) =>
        engagements.Any(e => ConflictCheck.SameEmployer(e.EmployerName, e.EmployerCreditCode, employerName, employerCreditCode));
}

/// <summary>An employer the lawyer acts for (律师代理用人单位的事务), declared with the matter.</summary>
internal sealed class EmployerEngagement
{
    private EmployerEngagement()
    {
    }

    public EmployerEngagement(Guid id, string employerName, string? employerCreditCode, string matter, DateTimeOffset declaredAt)
    {
        Id = id;
        EmployerName = employerName;
        EmployerCreditCode = employerCreditCode;
        Matter = matter;
        DeclaredAt = declaredAt;
    }

    public Guid Id { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public string? EmployerCreditCode { get; private set; }

    public string Matter { get; private set; } = string.Empty;

    public DateTimeOffset DeclaredAt { get; private set; }
}

internal static class ConflictCheck
{
    public static bool SameEmployer(string nameA, string? codeA, string nameB, string? codeB)
    {
        if (!string.IsNullOrWhiteSpace(codeA) && !string.IsNullOrWhiteSpace(codeB))
        {
            return string.Equals(codeA.Trim(), codeB.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        return Normalise(nameA) == Normalise(nameB);
    }

    private static string Normalise(string name) => new(name
        .Replace('（', '(').Replace('）', ')')
        .Where(c => !char.IsWhiteSpace(c))
        .ToArray());
}
