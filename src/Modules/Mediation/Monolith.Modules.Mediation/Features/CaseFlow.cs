using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Mediation.Contracts;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Features.Aftercare;
using Monolith.Modules.Mediation.Features.Ending;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features;

/// <summary>
/// What follows each step of a case, beside the aggregate's own rules: the deadlines it starts and ends, the work it
/// schedules, and the events it publishes, all in the command's transaction.
/// </summary>
/// <remarks>
/// The handling period is one deadline per case. An enterprise committee has 3 working days to accept and then 15 days
/// from acceptance to conclude, extendable only to a date the parties agree on (<c>mediation.committee-conclusion</c>);
/// any other organisation's period is the law's 15 days from receipt of the application, after which the worker may
/// apply for arbitration (<c>mediation.no-agreement-arbitration</c>). When the period has run out, the case ends as failed
/// (<see cref="ExpireMediationCommand"/>, scheduled just after the due time, so the deadline is first marked missed).
/// Rule ids are passed as constants in each branch: the architecture test reads them from the IL.
/// </remarks>
internal sealed class CaseFlow(MediationDbContext db, DeadlineTracker deadlines, WorkScheduler scheduler, DeploymentClock clock)
{
    /// <summary>How long after the period's due time the case is closed as expired.</summary>
    public static readonly TimeSpan ExpiryDelay = TimeSpan.FromMinutes(1);

    public static string ExpiryKey(Guid caseId) => $"mediation/expire/{caseId}";

    public static string FollowUpKey(Guid caseId) => $"mediation/follow-up/{caseId}";

    /// <summary>The application was registered (or an entrusted case received).</summary>
    public async Task ReceivedAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        if (mediationCase.ByEnterpriseCommittee)
        {
            await deadlines.StartAsync(db, MediationDeadlineRules.CommitteeAcceptance, mediationCase.ReceivedAt, DeadlineSubjects.For(mediationCase), cancellationToken);
        }
        else
        {
            var period = await deadlines.StartAsync(
                db, MediationDeadlineRules.NoAgreementArbitration, mediationCase.ReceivedAt, DeadlineSubjects.For(mediationCase), cancellationToken);
            ScheduleExpiry(mediationCase, period.DueAt);
        }
    }

    public async Task AcceptedAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        if (mediationCase.ByEnterpriseCommittee)
        {
            await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.CommitteeAcceptance, cancellationToken);
            var period = await deadlines.StartAsync(
                db, MediationDeadlineRules.CommitteeConclusion, mediationCase.AcceptedAt!.Value, DeadlineSubjects.For(mediationCase), cancellationToken);
            ScheduleExpiry(mediationCase, period.DueAt);
        }
    }

    public async Task NotAcceptedAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        if (mediationCase.ByEnterpriseCommittee)
        {
            await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.CommitteeAcceptance, cancellationToken);
        }
        else
        {
            // No mediation took place: the worker's 15 days lapse without anyone's fault.
            await deadlines.CancelAsync(db, mediationCase.Id, MediationDeadlineRules.NoAgreementArbitration, cancellationToken);
        }

        await scheduler.CancelAsync(db, ExpiryKey(mediationCase.Id), cancellationToken);
        ReportToEntrustingAgency(mediationCase, EntrustedMediationOutcome.NotAccepted, mediationCase.NotAcceptedReason);
    }

    /// <summary>The agreement took effect: the handling period is done, the confirmation window opens, the follow-up is scheduled.</summary>
    public async Task AgreedAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        await EndHandlingPeriodAsync(mediationCase, cancellationToken);
        var agreement = mediationCase.Agreement!;
        await deadlines.StartAsync(
            db, MediationDeadlineRules.JudicialConfirmationApplication, agreement.EffectiveAt!.Value, DeadlineSubjects.For(mediationCase), cancellationToken);
        scheduler.Schedule(
            db, new MarkFollowUpDueCommand(mediationCase.Id), clock.EndOfDay(agreement.PerformanceDueDate), FollowUpKey(mediationCase.Id), mediationCase.LinkageNumber);
        ReportToEntrustingAgency(mediationCase, EntrustedMediationOutcome.AgreementReached, null);
    }

    /// <summary>Mediation ended without an agreement (refused, withdrawn, expired).</summary>
    public async Task FailedAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        await EndHandlingPeriodAsync(mediationCase, cancellationToken);
        ReportToEntrustingAgency(mediationCase, EntrustedMediationOutcome.Failed, mediationCase.FailureText);
        // A withdrawal leaves nothing to take to arbitration; a court-assigned case goes back to the court that assigned it.
        if (mediationCase.FailureReason is not MediationFailureReason.Withdrawn && mediationCase.Entrustment?.IsByCourt() != true)
        {
            PublishFailed(mediationCase, mediationCase.FailureReason!.Value, mediationCase.FailureText);
        }
    }

    /// <summary>The parties chose another confirmation route, or none, or the agreement was performed: the judicial-confirmation window is moot.</summary>
    public Task CloseJudicialWindowAsync(MediationCase mediationCase, CancellationToken cancellationToken) =>
        deadlines.CancelAsync(db, mediationCase.Id, MediationDeadlineRules.JudicialConfirmationApplication, cancellationToken);

    public Task CancelFollowUpAsync(MediationCase mediationCase, CancellationToken cancellationToken) =>
        scheduler.CancelAsync(db, FollowUpKey(mediationCase.Id), cancellationToken);

    /// <summary>The worker is guided to arbitration because the agreement was not performed (第十五条).</summary>
    public void GuidedToArbitration(MediationCase mediationCase) =>
        PublishFailed(mediationCase, MediationFailureReason.AgreementNotPerformed, FailureReasons.ChineseName(MediationFailureReason.AgreementNotPerformed));

    public void ScheduleExpiry(MediationCase mediationCase, DateTimeOffset dueAt) =>
        scheduler.Schedule(db, new ExpireMediationCommand(mediationCase.Id), dueAt + ExpiryDelay, ExpiryKey(mediationCase.Id), mediationCase.LinkageNumber);

    private async Task EndHandlingPeriodAsync(MediationCase mediationCase, CancellationToken cancellationToken)
    {
        if (mediationCase.ByEnterpriseCommittee && mediationCase.AcceptedAt is null)
        {
            // Withdrawn before the committee decided: nothing was due from it.
            await deadlines.CancelAsync(db, mediationCase.Id, MediationDeadlineRules.CommitteeAcceptance, cancellationToken);
        }
        else if (mediationCase.ByEnterpriseCommittee)
        {
            await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.CommitteeConclusion, cancellationToken);
        }
        else
        {
            await deadlines.CompleteAsync(db, mediationCase.Id, MediationDeadlineRules.NoAgreementArbitration, cancellationToken);
        }

        await scheduler.CancelAsync(db, ExpiryKey(mediationCase.Id), cancellationToken);
    }

    private void ReportToEntrustingAgency(MediationCase mediationCase, EntrustedMediationOutcome outcome, string? reason)
    {
        if (mediationCase.Entrustment is not { } entrustment || entrustment.IsByCourt())
        {
            return;
        }

        var now = clock.UtcNow;
        var agreement = outcome == EntrustedMediationOutcome.AgreementReached ? mediationCase.Agreement : null;
        db.Publish(new EntrustedMediationConcludedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            mediationCase.LinkageNumber,
            entrustment.EntrustmentId,
            entrustment.EntrustingModule,
            mediationCase.Id,
            outcome,
            mediationCase.OrganisationName ?? MediationModule.Descriptor.AgencyName,
            agreement?.Terms,
            agreement?.AgreedAmount,
            agreement?.PerformanceDueDate,
            reason,
            now));
        mediationCase.MarkResultReported(now);
    }

    private void PublishFailed(MediationCase mediationCase, MediationFailureReason reason, string reasonText)
    {
        var now = clock.UtcNow;
        db.Publish(new MediationFailedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            mediationCase.LinkageNumber,
            mediationCase.Id,
            reason,
            reasonText,
            mediationCase.OrganisationName ?? MediationModule.Descriptor.AgencyName,
            mediationCase.Applicant.ToContract(),
            mediationCase.Respondent.ToContract(),
            [.. mediationCase.Claims.Select(c => c.ToContract())],
            mediationCase.Entrustment is { } entrustment && !entrustment.IsByCourt() ? entrustment.EntrustingModule : null,
            now));
    }
}
