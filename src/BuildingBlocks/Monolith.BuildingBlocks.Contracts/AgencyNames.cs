namespace Monolith.BuildingBlocks.Contracts;

public static class AgencyNames
{
    public static string Chinese(Agency agency) => agency switch
    {
        Agency.Inspection => "劳动保障监察机构",
        Agency.Arbitration => "劳动人事争议仲裁院",
        Agency.Union => "工会",
        Agency.LegalAid => "法律援助机构",
        Agency.Mediation => "调解组织",
        Agency.Supervision => "法律监督机关",
        Agency.JointWindow => "联动维权服务窗口",
        _ => agency.ToString(),
    };
}
