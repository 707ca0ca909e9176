using Monolith.Modules.LegalAid;

namespace Monolith.Modules.Violating;

/// <summary>VIOLATION (module isolation): uses another module's implementation type instead of its .Contracts.</summary>
internal sealed class LegalAidBackdoor
{
    private readonly LegalAidModule legalAid = new();

    public string LegalAidName => legalAid.Info.Name;
}
