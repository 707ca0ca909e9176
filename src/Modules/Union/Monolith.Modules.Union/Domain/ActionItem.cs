using Monolith.BuildingBlocks.Domain;
using Monolith.Modules.Union.Contracts;

namespace Monolith.Modules.Union.Domain;

internal enum ActionItemStatus
{
    Open = 1,
    Completed = 2,
}

/// <summary>One progress note recorded by the owning agency.</summary>
internal sealed record ActionItemProgress(DateTimeOffset At, string By, string Note);

/// <summary>
/// 会议决定事项: a decision of published minutes that one agency must carry out, with a responsible person and a due
/// date (南昌方案 四(三)：将责任落实到岗、到人). The owning agency's staff record progress and completion; the union
/// module reminds before the due date and reports a miss to supervision.
/// </summary>
internal sealed class ActionItem
{
    private readonly List<ActionItemProgress> progress = [];

    private ActionItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid MeetingId { get; private set; }

    public MeetingKind MeetingKind { get; private set; }

    public string MeetingTitle { get; private set; } = string.Empty;

    public string Decision { get; private set; } = string.Empty;

    public string OwnerModule { get; private set; } = string.Empty;

    public string OwnerAgencyName { get; private set; } = string.Empty;

    public string AssigneeName { get; private set; } = string.Empty;

    public DateOnly DueDate { get; private set; }

    /// <summary>End of the due date in the deployment's time zone.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public ActionItemStatus Status { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset? MissedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public string? Outcome { get; private set; }

    public IReadOnlyList<ActionItemProgress> Progress => progress;

    public int Version { get; private set; }

    public bool CompletedOnTime => CompletedAt is { } at && at <= DueAt;

    public static ActionItem Assign(
        Guid id, Meeting meeting, MinutesDecision decision, DateTimeOffset dueAt, DateTimeOffset now) => new()
        {
            Id = id,
            MeetingId = meeting.Id,
            MeetingKind = meeting.Kind,
            MeetingTitle = meeting.Title,
            Decision = decision.Text,
            OwnerModule = decision.OwnerModule!,
            OwnerAgencyName = decision.OwnerAgencyName!,
            AssigneeName = decision.AssigneeName!,
            DueDate = decision.DueDate!.Value,
            DueAt = dueAt,
            Status = ActionItemStatus.Open,
            AssignedAt = now,
        };

    /// <summary>A progress note, or the completion with its outcome; only the owning agency's staff may record either.</summary>
    public void Record(string ownerModuleOfUser, string note, bool complete, DateTimeOffset now, string by)
    {
        if (ownerModuleOfUser != OwnerModule)
        {
            throw new BusinessRuleViolationException("union.not-owner", $"该事项由{OwnerAgencyName}承办，只有其工作人员可以登记办理情况。");
        }

        if (Status == ActionItemStatus.Completed)
        {
            throw new BusinessRuleViolationException("union.action-item-completed", "该事项已办结。");
        }

        progress.Add(new ActionItemProgress(now, by, note));
        if (complete)
        {
            Status = ActionItemStatus.Completed;
            CompletedAt = now;
            CompletedBy = by;
            Outcome = note;
        }

        Version++;
    }

    /// <summary>Marks the reminder sent; false if not due, already sent, or the item is done.</summary>
    public bool TryRemind(DateTimeOffset now, TimeSpan lead)
    {
        if (Status != ActionItemStatus.Open || RemindedAt is not null || MissedAt is not null || now < DueAt - lead || now >= DueAt)
        {
            return false;
        }

        RemindedAt = now;
        Version++;
        return true;
    }

    /// <summary>Marks the item missed; false unless it is open, past due and not yet marked.</summary>
    public bool TryMarkMissed(DateTimeOffset now)
    {
        if (Status != ActionItemStatus.Open || MissedAt is not null || now < DueAt)
        {
            return false;
        }

        MissedAt = now;
        Version++;
        return true;
    }
}
