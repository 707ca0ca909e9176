using Monolith.BuildingBlocks.Contracts;

namespace Monolith.Modules.Union.Contracts;

/// <summary>The kinds of meeting the union convenes (seed 000 第二条、第九条; seed 002 四(二)1).</summary>
public enum MeetingKind
{
    /// <summary>交流会商会: the yearly consultation on the topics of 第二条.</summary>
    AnnualConsultation = 1,

    /// <summary>政府和同级工会联席会议, on a configurable rhythm.</summary>
    JointMeeting = 2,

    /// <summary>协调劳动关系三方会议.</summary>
    TripartiteMeeting = 3,

    /// <summary>专题协调会, requested by any agency about key cases, problems or risks.</summary>
    CoordinationMeeting = 4,
}

/// <summary>
/// An agency asks the union to convene a special coordination meeting (专题协调会, 南昌方案 四(二)1: "由提出问题的单位提请召集").
/// The request lands in the administrators' queue with the matters it concerns. Any module may publish it.
/// </summary>
/// <param name="LinkageNumber">The first matter concerned, or empty.</param>
/// <param name="RequestId">The requester's id for the request; a second event with the same id adds nothing.</param>
/// <param name="RequestingModule">Code name of the requesting module.</param>
/// <param name="LinkedMatters">Linkage numbers of the cases the meeting is about.</param>
[IntegrationEventName("union.coordination-meeting-requested.v1")]
public sealed record CoordinationMeetingRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid RequestId,
    string RequestingModule,
    string RequestingAgency,
    string Subject,
    string Reason,
    IReadOnlyList<string> LinkedMatters,
    string RequestedBy)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>A meeting was scheduled, rescheduled (<paramref name="Sequence"/> &gt; 0) or cancelled: its time and who takes part.</summary>
/// <param name="ParticipatingModules">Code names of the participating agencies' modules.</param>
/// <param name="Sequence">The calendar file's SEQUENCE: 0 when scheduled, one more at each change.</param>
[IntegrationEventName("union.meeting-scheduled.v1")]
public sealed record MeetingScheduledIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid MeetingId,
    MeetingKind Kind,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Place,
    IReadOnlyList<string> ParticipatingModules,
    int Sequence,
    bool Cancelled)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>The minutes (会议纪要) were published and copied (抄送) to the units concerned.</summary>
/// <param name="CopyTo">Code names of the modules the minutes are copied to.</param>
[IntegrationEventName("union.meeting-minutes-published.v1")]
public sealed record MeetingMinutesPublishedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid MeetingId,
    MeetingKind Kind,
    string Title,
    DateTimeOffset HeldAt,
    IReadOnlyList<string> CopyTo,
    IReadOnlyList<string> Decisions,
    int ActionItems)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);

/// <summary>
/// A meeting decision became an action item owned by one agency, with a person and a due date. Addressed to the owning
/// module; its staff record progress and completion through the union module's pages or API.
/// </summary>
[IntegrationEventName("union.action-item-assigned.v1")]
public sealed record ActionItemAssignedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ActionItemId,
    Guid MeetingId,
    string MeetingTitle,
    string Decision,
    string OwnerModule,
    string OwnerAgency,
    string AssigneeName,
    DateOnly DueDate)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber), IAddressedIntegrationEvent
{
    public string Recipient => OwnerModule;
}

/// <summary>The owning agency completed an action item.</summary>
[IntegrationEventName("union.action-item-completed.v1")]
public sealed record ActionItemCompletedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string LinkageNumber,
    Guid ActionItemId,
    Guid MeetingId,
    string OwnerModule,
    string Outcome,
    string CompletedBy,
    DateTimeOffset CompletedAt,
    bool CompletedOnTime)
    : IntegrationEvent(EventId, OccurredAt, LinkageNumber);
