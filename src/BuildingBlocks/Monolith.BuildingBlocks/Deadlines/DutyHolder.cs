namespace Monolith.BuildingBlocks.Deadlines;

/// <summary>
/// Whose duty or right the period is (deadlines.md §7). Only the deploying agency's own duty may be shortened by a
/// local policy; another agency's, a court's, an employer's or a party's period is the law's and stays as it is (for
/// example never the worker's 15 days to sue).
/// </summary>
public enum DutyHolder
{
    /// <summary>The duty of the agency whose module tracks the deadline (e.g. arbitration's acceptance decision).</summary>
    OwnAgency = 0,

    /// <summary>Another public body's duty that this module tracks (e.g. the justice bureau deciding a legal-aid objection).</summary>
    OtherAgency = 1,

    /// <summary>A court's duty (e.g. deciding whether to confirm a mediation agreement).</summary>
    Court = 2,

    /// <summary>The employer's duty or right (e.g. to answer a negotiation request, to ask for a hearing).</summary>
    Employer = 3,

    /// <summary>A party's right, usually the worker's (e.g. to sue against an award).</summary>
    Party = 4,
}

public static class DutyHolders
{
    /// <summary>Whose period it is, in Chinese.</summary>
    public static string DisplayName(DutyHolder holder) => holder switch
    {
        DutyHolder.OwnAgency => "本机构",
        DutyHolder.OtherAgency => "其他机关",
        DutyHolder.Court => "人民法院",
        DutyHolder.Employer => "用人单位",
        DutyHolder.Party => "当事人",
        _ => holder.ToString(),
    };
}
