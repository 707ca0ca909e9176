namespace Monolith.Modules.LegalAid.Domain;

/// <summary>A lawyer or legal-aid worker on the institution's roster, who can be assigned (指派) to a granted application.</summary>
internal sealed class Lawyer
{
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
}
