namespace Monolith.Modules.Inspection.Domain;

/// <summary>
/// 劳动者 on a complaint or report. Identity number and phone are kept in columns of their own so that they can later be
/// encrypted at rest; a complaint's workers are identified, a report's may not be.
/// </summary>
internal sealed class CaseWorker
{
    private CaseWorker()
    {
    }

    public CaseWorker(Guid id, int position, string name, string? residentIdNumber, string? phone, bool isMigrantWorker)
    {
        Id = id;
        Position = position;
        Name = name;
        ResidentIdNumber = residentIdNumber;
        Phone = phone;
        IsMigrantWorker = isMigrantWorker;
    }

    public Guid Id { get; private set; }

    /// <summary>The order of entry: the first worker of a complaint is its contact.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? ResidentIdNumber { get; private set; }

    public string? Phone { get; private set; }

    public bool IsMigrantWorker { get; private set; }

    public bool IsIdentified => ResidentIdNumber is not null;
}

/// <summary>用人单位, identified by its unified social credit code (may be unknown at intake; needed for acceptance).</summary>
internal sealed record CaseEmployer(string Name, string? CreditCode, string? Address);

/// <summary>One entry of the case's timeline: what was done, when and by whom.</summary>
internal sealed class CaseEvent
{
    private CaseEvent()
    {
    }

    public CaseEvent(Guid id, int sequence, DateTimeOffset at, string kind, string text, string by)
    {
        Id = id;
        Sequence = sequence;
        At = at;
        Kind = kind;
        Text = text;
        By = by;
    }

    public Guid Id { get; private set; }

    /// <summary>The order of entries recorded at the same instant.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>A stable code, e.g. "accepted", for tests and styling.</summary>
    public string Kind { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public string By { get; private set; } = string.Empty;
}
