namespace Monolith.Modules.Violating;

/// <summary>VIOLATION ("module types are internal"): a public type that is not the module's IModule implementation.</summary>
public sealed class LeakedPublicService
{
    public string Describe() => nameof(LeakedPublicService);
}
