namespace Monolith.BuildingBlocks.Contracts;

/// <summary>The agencies of the linkage mechanism. The joint window (联动维权服务窗口) is an intake desk, not a module.</summary>
public enum Agency
{
    Inspection = 1,
    Arbitration = 2,
    Union = 3,
    LegalAid = 4,
    Mediation = 5,
    Supervision = 6,
    JointWindow = 7,
}
