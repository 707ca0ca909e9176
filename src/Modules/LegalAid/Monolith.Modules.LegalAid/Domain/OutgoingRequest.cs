namespace Monolith.Modules.LegalAid.Domain;

internal enum OutgoingRequestKind
{
    /// <summary>支持起诉 to the procuratorate (Supervision).</summary>
    SupportOfProsecution = 1,

    /// <summary>调查取证协助 from labour inspection.</summary>
    EvidenceAssistance = 2,

    /// <summary>案件线索 passed to labour inspection.</summary>
    ViolationLead = 3,
}

/// <summary>
/// A request legal aid sent for an application to another agency (the procuratorate, labour inspection), and the
/// answers addressed back to it. Matched by <see cref="Id"/>, which the request event carries as its request/lead id.
/// </summary>
internal sealed class OutgoingRequest
{
    private readonly List<RequestAnswer> answers = [];

    private OutgoingRequest()
    {
    }

    public OutgoingRequest(Guid id, Guid applicationId, OutgoingRequestKind kind, string summary, string requestedBy, DateTimeOffset requestedAt)
    {
        Id = id;
        ApplicationId = applicationId;
        Kind = kind;
        Summary = summary;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public OutgoingRequestKind Kind { get; private set; }

    /// <summary>What was asked, as sent.</summary>
    public string Summary { get; private set; } = string.Empty;

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public IReadOnlyList<RequestAnswer> Answers => answers;

    /// <summary>Adds an answer unless one with the same event id is already there (events may be delivered twice).</summary>
    public bool AddAnswer(RequestAnswer answer)
    {
        if (answers.Any(a => a.EventId == answer.EventId))
        {
            return false;
        }

        answers.Add(answer);
        return true;
    }
}

/// <summary>One answer to an outgoing request, in Chinese as the answering agency gave it.</summary>
internal sealed class RequestAnswer
{
    private RequestAnswer()
    {
    }

    public RequestAnswer(Guid id, Guid eventId, string outcome, string text, string givenBy, DateTimeOffset givenAt, bool inTime)
    {
        Id = id;
        EventId = eventId;
        Outcome = outcome;
        Text = text;
        GivenBy = givenBy;
        GivenAt = givenAt;
        InTime = inTime;
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>E.g. "支持起诉", "部分调取", "已受理".</summary>
    public string Outcome { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public string GivenBy { get; private set; } = string.Empty;

    public DateTimeOffset GivenAt { get; private set; }

    public bool InTime { get; private set; }
}
