using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>
/// The kinds of mediation organisation of 任务分工方案 第26–29、33–37项 (seed 001) and of 北京市总工会方案 三(一) (seed 004).
/// </summary>
internal enum OrganisationKind
{
    /// <summary>企业劳动争议调解委员会 (第26、33项; seed 004 三(一)5: enterprises of 100 or more staff).</summary>
    EnterpriseCommittee = 1,

    /// <summary>企业集团劳动争议调解中心 (seed 004 三(一)4: groups of 5000 or more staff).</summary>
    EnterpriseGroupCentre = 2,

    /// <summary>人民调解委员会 (第34项).</summary>
    PeoplesMediationCommittee = 3,

    /// <summary>乡镇（街道）劳动人事争议调解组织 (第26、35项; seed 004 三(一)3 街道乡镇劳动争议调解室).</summary>
    TownshipStreet = 4,

    /// <summary>区域性劳动人事争议调解组织 (第26、36项).</summary>
    Regional = 5,

    /// <summary>行业性、专业性劳动人事争议调解组织 (第26、36项).</summary>
    Industry = 6,

    /// <summary>工会劳动争议调解中心 (seed 004 三(一)1–2: 市劳动争议调解指导中心、区县劳动争议调解中心; 第29项).</summary>
    UnionCentre = 7,

    /// <summary>商（协）会调解组织 (第37项).</summary>
    ChamberOfCommerce = 8,

    /// <summary>仲裁院劳动人事争议调解中心 (第28项: handles cases entrusted by the arbitration institution or a court).</summary>
    ArbitrationCentre = 9,
}

/// <summary>备案: where and when an organisation was filed (seed 004 三(二)1).</summary>
internal sealed record Filing(string FiledWith, string FilingNumber, DateOnly FiledOn);

/// <summary>调解组织: an organisation in the register, with its filing and its division.</summary>
internal sealed class MediationOrganisation
{
    /// <summary>seed 004 三(一)5: enterprises with 100 or more staff set up a committee; smaller ones a labour-relations coordinator.</summary>
    public const int CommitteeMinimumStaff = 100;

    /// <summary>seed 004 三(一)4: a group's mediation centre, for groups of 5000 or more staff.</summary>
    public const int GroupCentreMinimumStaff = 5000;

    private MediationOrganisation()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public OrganisationKind Kind { get; private set; }

    public string DivisionCode { get; private set; } = string.Empty;

    public string? Address { get; private set; }

    /// <summary>The enterprise an enterprise committee or group centre belongs to.</summary>
    public string? EmployerCreditCode { get; private set; }

    public int? StaffCount { get; private set; }

    /// <summary>Takes cases entrusted by the arbitration institution or a court (第28项).</summary>
    public bool AcceptsEntrustedCases { get; private set; }

    public Filing? Filing { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public int Version { get; private set; }

    public bool IsEnterprise => Kind is OrganisationKind.EnterpriseCommittee or OrganisationKind.EnterpriseGroupCentre;

    /// <summary>Enterprise committees have 3 working days to accept and 15 days, extendable by agreement, to conclude.</summary>
    public bool IsEnterpriseCommittee => Kind == OrganisationKind.EnterpriseCommittee;

    /// <summary>Filed and active: may receive applications.</summary>
    public bool CanReceiveCases => Active && Filing is not null;

    /// <summary>The staff-count rule of seed 004 三(一) for the kinds it covers; null if satisfied or not applicable.</summary>
    public static string? SizeRuleViolation(OrganisationKind kind, int? staffCount) => kind switch
    {
        OrganisationKind.EnterpriseCommittee when staffCount is null or < CommitteeMinimumStaff =>
            $"职工人数{CommitteeMinimumStaff}人以上的企业建立劳动争议调解委员会；不足{CommitteeMinimumStaff}人的企业设立劳动关系协调员（北京市总工会方案 三(一)5）。",
        OrganisationKind.EnterpriseGroupCentre when staffCount is null or < GroupCentreMinimumStaff =>
            $"职工人数{GroupCentreMinimumStaff}人以上的局总公司及企业集团设立劳动争议调解中心（北京市总工会方案 三(一)4）。",
        _ => null,
    };

    public static MediationOrganisation Register(
        Guid id, string name, OrganisationKind kind, string divisionCode, string? address, string? employerCreditCode, int? staffCount,
        bool acceptsEntrustedCases, DateTimeOffset registeredAt)
    {
        if (SizeRuleViolation(kind, staffCount) is { } violation)
        {
            throw new BusinessRuleViolationException("mediation.size-rule", violation);
        }

        var enterprise = kind is OrganisationKind.EnterpriseCommittee or OrganisationKind.EnterpriseGroupCentre;
        if (enterprise && acceptsEntrustedCases)
        {
            throw new BusinessRuleViolationException("mediation.enterprise-entrusted", "企业内部调解组织调解本企业的劳动争议，不承接委托调解案件。");
        }

        return new MediationOrganisation
        {
            Id = id,
            Name = name,
            Kind = kind,
            DivisionCode = divisionCode,
            Address = address,
            EmployerCreditCode = enterprise ? employerCreditCode : null,
            StaffCount = enterprise ? staffCount : null,
            AcceptsEntrustedCases = acceptsEntrustedCases,
            Active = true,
            RegisteredAt = registeredAt,
        };
    }

    /// <summary>备案: recorded once; a later filing (e.g. with a new number) replaces it.</summary>
    public void File(Filing filing, DateOnly today)
    {
        if (filing.FiledOn > today)
        {
            throw new BusinessRuleViolationException("mediation.filing-in-future", "备案日期不能晚于今天。");
        }

        Filing = filing;
        Version++;
    }

    public void SetActive(bool active)
    {
        if (Active != active)
        {
            Active = active;
            Version++;
        }
    }

    /// <summary>Why this organisation may not take a new application, or null.</summary>
    public string? WhyCannotReceive(bool entrusted)
    {
        if (!Active)
        {
            return $"{Name}已停止受理案件。";
        }

        if (Filing is null)
        {
            return $"{Name}尚未备案，备案后方可受理调解申请。";
        }

        return entrusted && !AcceptsEntrustedCases ? $"{Name}不承接委托调解案件。" : null;
    }
}
