using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Supervision.Domain.Letters;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Letters;

/// <summary>
/// What every way into the ledger shares: the reply period from the rules catalogue (the first of the kind's rules this
/// deployment offers), the reminder before it, the numbers of letters issued here, and notices to the people concerned.
/// </summary>
internal sealed class LetterLedger(DeadlineCatalogue catalogue, DeadlineTracker deadlines, WorkScheduler scheduler, DeploymentClock clock, ModuleDirectory directory, IConfiguration configuration)
{
    /// <summary>Days before the reply deadline the reminder goes out (<c>Supervision:Letters:ReminderDaysBefore</c>, default 7).</summary>
    public int ReminderDaysBefore => int.TryParse(configuration["Supervision:Letters:ReminderDaysBefore"], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 60
        ? days
        : 7;

    /// <summary>The reply rule this deployment applies to the kind on that date, or null when no reply is owed.</summary>
    public DeadlineRule? ReplyRule(LetterKind kind, DateOnly on) =>
        LetterKinds.ReplyRules(kind)
            .Where(id => catalogue.Find(id) is not null && catalogue.WhyNotOffered(id, on) is null)
            .Select(id => catalogue.Entry(id).Effective)
            .FirstOrDefault();

    /// <summary>Adds the letter to the ledger and, if a reply is owed, starts its deadline and schedules the reminder.</summary>
    public async Task EnterAsync(SupervisionDbContext db, SupervisionLetter letter, CancellationToken cancellationToken)
    {
        db.Letters.Add(letter);
        if (ReplyRule(letter.Kind, clock.LocalDate(letter.IssuedAt)) is not { } rule)
        {
            return;
        }

        var deadline = await deadlines.StartAsync(
            db, rule.Id, letter.IssuedAt, new DeadlineSubject("supervision-letter", letter.Id, letter.LinkageNumber, $"{LetterKinds.Name(letter.Kind)} {letter.Number}（{letter.RecipientName}）"),
            cancellationToken);
        letter.OweReply(rule.Id, rule.Title, deadline.DueDate);

        var remindAt = clock.StartOfDay(deadline.DueDate.AddDays(-ReminderDaysBefore)) + DeadlineTracker.ReminderTime.ToTimeSpan();
        if (remindAt <= letter.IssuedAt)
        {
            remindAt = deadline.RemindAt;
        }

        if (remindAt < deadline.DueAt)
        {
            scheduler.Schedule(db, new RemindLetterReplyCommand(letter.Id), remindAt, ReminderKey(letter.Id), letter.LinkageNumber);
        }
    }

    /// <summary>The reply came: ends the deadline (on time or late) and the pending reminder.</summary>
    public async Task ReplyReceivedAsync(SupervisionDbContext db, SupervisionLetter letter, CancellationToken cancellationToken)
    {
        if (letter.ReplyRuleId is { } ruleId)
        {
            await deadlines.CompleteAsync(db, letter.Id, ruleId, cancellationToken);
        }

        await scheduler.CancelAsync(db, ReminderKey(letter.Id), cancellationToken);
    }

    /// <summary>Letters issued in the ledger (escalations, registrations) are numbered per kind and year: "提示函〔2026〕第1号" style.</summary>
    public async Task<string> NextNumberAsync(SupervisionDbContext db, LetterKind kind, string prefix, CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        var from = clock.StartOfDay(new DateOnly(year, 1, 1));
        var to = clock.StartOfDay(new DateOnly(year + 1, 1, 1));
        var count = await db.Letters.CountAsync(
            l => l.SourceModule == SupervisionModule.Descriptor.Name && l.Kind == kind && l.IssuedAt >= from && l.IssuedAt < to, cancellationToken);
        count += db.Letters.Local.Count(l => l.SourceModule == SupervisionModule.Descriptor.Name && l.Kind == kind && db.Entry(l).State == EntityState.Added);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{LetterKinds.ShortName(kind)}〔{year}〕第{count + 1}号");
    }

    /// <summary>A notice in the inboxes of the issuing agency's staff and the supervision officers.</summary>
    public void Notify(SupervisionDbContext db, SupervisionLetter letter, string subject, string body)
    {
        var roles = (directory.Find(letter.IssuerModule)?.RoleNames ?? []).Append(SupervisionModule.Role).Distinct().ToList();
        var now = clock.UtcNow;
        db.Publish(new NotificationRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, letter.LinkageNumber, SupervisionModule.Descriptor.Name, subject, body, $"/Supervision/Letters/{letter.Id}", [], roles));
    }

    public static string ReminderKey(Guid letterId) => $"letter-reminder/{letterId}";
}
