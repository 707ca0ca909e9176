namespace Monolith.BuildingBlocks.Identity;

/// <summary>One role per agency, plus joint-window staff and administrators. An account has exactly one role.</summary>
public static class Roles
{
    public const string WindowStaff = "WindowStaff";
    public const string InspectionOfficer = "InspectionOfficer";
    public const string ArbitrationClerk = "ArbitrationClerk";
    public const string UnionOfficer = "UnionOfficer";
    public const string LegalAidReviewer = "LegalAidReviewer";
    public const string Mediator = "Mediator";
    public const string SupervisionOfficer = "SupervisionOfficer";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } =
    [
        WindowStaff, InspectionOfficer, ArbitrationClerk, UnionOfficer, LegalAidReviewer, Mediator, SupervisionOfficer, Administrator,
    ];

    public static string DisplayName(string role) => role switch
    {
        WindowStaff => "联动维权服务窗口工作人员",
        InspectionOfficer => "劳动保障监察员",
        ArbitrationClerk => "仲裁立案工作人员",
        UnionOfficer => "工会维权工作人员",
        LegalAidReviewer => "法律援助审查人员",
        Mediator => "调解员",
        SupervisionOfficer => "监督工作人员",
        Administrator => "系统管理员",
        _ => role,
    };
}
