using Monolith.BuildingBlocks.Domain;

namespace Monolith.Modules.Union.Domain;

internal enum MeetingRequestStatus
{
    Open = 1,
    Scheduled = 2,
    Declined = 3,
}

/// <summary>A request for a special coordination meeting (专题协调会) in the administrators' queue.</summary>
internal sealed class MeetingRequest
{
    private MeetingRequest()
    {
    }

    public Guid Id { get; private set; }

    public string RequestingModule { get; private set; } = string.Empty;

    public string RequestingAgency { get; private set; } = string.Empty;

    public string Subject { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    /// <summary>Linkage numbers of the matters concerned.</summary>
    public IReadOnlyList<string> LinkedMatters { get; private set; } = [];

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public MeetingRequestStatus Status { get; private set; }

    public Guid? MeetingId { get; private set; }

    public string? DeclineReason { get; private set; }

    public int Version { get; private set; }

    public static MeetingRequest Receive(
        Guid id, string requestingModule, string requestingAgency, string subject, string reason, IEnumerable<string> linkedMatters, string requestedBy, DateTimeOffset at) => new()
        {
            Id = id,
            RequestingModule = requestingModule,
            RequestingAgency = requestingAgency,
            Subject = subject,
            Reason = reason,
            LinkedMatters = [.. linkedMatters],
            RequestedBy = requestedBy,
            RequestedAt = at,
            Status = MeetingRequestStatus.Open,
        };

    public string AgendaTitle => LinkedMatters.Count == 0
        ? $"{Subject}（{RequestingAgency}提请）"
        : $"{Subject}（{RequestingAgency}提请；涉及 {string.Join("、", LinkedMatters)}）";

    public void ScheduleIn(Guid meetingId)
    {
        EnsureOpen();
        Status = MeetingRequestStatus.Scheduled;
        MeetingId = meetingId;
        Version++;
    }

    /// <summary>The meeting it was scheduled in was cancelled: back in the queue.</summary>
    public void ReturnToQueue()
    {
        if (Status == MeetingRequestStatus.Scheduled)
        {
            Status = MeetingRequestStatus.Open;
            MeetingId = null;
            Version++;
        }
    }

    public void Decline(string reason)
    {
        EnsureOpen();
        Status = MeetingRequestStatus.Declined;
        DeclineReason = reason;
        Version++;
    }

    private void EnsureOpen()
    {
        if (Status != MeetingRequestStatus.Open)
        {
            throw new BusinessRuleViolationException("union.request-handled", "该协调会申请已经处理。");
        }
    }
}

/// <summary>A reminder to administrators that went out once for its key ("annual-consultation/2026", "joint-meeting/2026-09-01").</summary>
internal sealed class RhythmReminder
{
    public required string Key { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
