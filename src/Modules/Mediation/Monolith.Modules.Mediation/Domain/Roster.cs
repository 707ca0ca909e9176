using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Mediation.Domain;

/// <summary>A mediator's background (任务分工方案 第47项: 法学专家、仲裁员、律师、劳动关系协调员（师）、退休法官、退休检察官 …).</summary>
[Flags]
internal enum MediatorQualifications
{
    None = 0,

    /// <summary>经调解员培训合格.</summary>
    TrainedMediator = 1,

    /// <summary>律师.</summary>
    Lawyer = 2,

    /// <summary>仲裁员.</summary>
    Arbitrator = 4,

    /// <summary>劳动关系协调员（师）.</summary>
    LabourRelationsCoordinator = 8,

    /// <summary>法学专家.</summary>
    LegalScholar = 16,

    /// <summary>退休法官.</summary>
    RetiredJudge = 32,

    /// <summary>退休检察官.</summary>
    RetiredProsecutor = 64,

    /// <summary>工会工作者.</summary>
    UnionOfficer = 128,
}

/// <summary>调解员名册: a mediator of one organisation, with qualifications and whether they take cases now.</summary>
internal sealed class Mediator
{
    private Mediator()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Personal data: shown to mediation staff only, in its own column.</summary>
    public string Phone { get; private set; } = string.Empty;

    public MediatorQualifications Qualifications { get; private set; }

    public bool Available { get; private set; }

    /// <summary>Why the mediator is not taking cases (leave, caseload), or a note on availability.</summary>
    public string? AvailabilityNote { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public int Version { get; private set; }

    public static Mediator Add(Guid id, Guid organisationId, string name, string phone, MediatorQualifications qualifications, DateTimeOffset addedAt)
    {
        if (qualifications == MediatorQualifications.None)
        {
            throw new BusinessRuleViolationException("mediation.no-qualification", "请至少选择一项调解员资质或专业背景。");
        }

        return new Mediator
        {
            Id = id,
            OrganisationId = organisationId,
            Name = name,
            Phone = phone,
            Qualifications = qualifications,
            Available = true,
            AddedAt = addedAt,
        };
    }

    public void SetAvailability(bool available, string? note)
    {
        if (!available && string.IsNullOrWhiteSpace(note))
        {
            throw new BusinessRuleViolationException("mediation.unavailable-needs-note", "暂停接案须注明原因。");
        }

        Available = available;
        AvailabilityNote = note;
        Version++;
    }
}

/// <summary>专家库: an expert shared by every organisation (任务分工方案 第41、45项), invited to difficult cases.</summary>
internal sealed class Expert
{
    private Expert()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>专业领域, e.g. "工伤保险", "劳务派遣".</summary>
    public string Field { get; private set; } = string.Empty;

    /// <summary>工作单位.</summary>
    public string Affiliation { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public bool Available { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public int Version { get; private set; }

    public static Expert Add(Guid id, string name, string field, string affiliation, string phone, DateTimeOffset addedAt) => new()
    {
        Id = id,
        Name = name,
        Field = field,
        Affiliation = affiliation,
        Phone = phone,
        Available = true,
        AddedAt = addedAt,
    };

    public void SetAvailability(bool available)
    {
        Available = available;
        Version++;
    }
}
