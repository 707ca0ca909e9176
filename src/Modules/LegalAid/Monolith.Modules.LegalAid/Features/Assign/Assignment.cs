using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Messaging;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.Assign;

/// <summary>
/// 指派 with the conflict check: the provider must not act for the employer in any matter (declared engagements on the
/// roster). Completes the 3-day assignment deadline.
/// </summary>
internal sealed class Assignment(LegalAidDbContext db, DeadlineTracker deadlines, TimeProvider time)
{
    public async Task AssignAsync(LegalAidApplication application, Guid lawyerId, CancellationToken cancellationToken)
    {
        var lawyer = await db.Lawyers.Include(l => l.Engagements).SingleOrDefaultAsync(l => l.Id == lawyerId, cancellationToken)
            ?? throw RequestValidationException.For("lawyerId", "名册中没有该法律援助人员。");
        application.Assign(lawyer, lawyer.ActsFor(application.EmployerName, application.EmployerCreditCode), time.GetUtcNow());
        await deadlines.CompleteAsync(db, application.Id, LegalAidDeadlineRules.AssignProvider, cancellationToken);
    }

    /// <summary>更换: the assigned provider replaced by another, with the same conflict check.</summary>
    public async Task ReplaceAsync(LegalAidApplication application, Guid lawyerId, string reason, CancellationToken cancellationToken)
    {
        var lawyer = await db.Lawyers.Include(l => l.Engagements).SingleOrDefaultAsync(l => l.Id == lawyerId, cancellationToken)
            ?? throw RequestValidationException.For("lawyerId", "名册中没有该法律援助人员。");
        application.ReplaceProvider(lawyer, lawyer.ActsFor(application.EmployerName, application.EmployerCreditCode), reason, time.GetUtcNow());
    }

    /// <summary>
    /// Tells the referring module who now represents the worker, when the assignment (or replacement) comes after the
    /// grant was reported: a decision reported with the lawyer already carried it (LegalAidDecisionMadeIntegrationEvent),
    /// and a direct application has nobody to tell.
    /// </summary>
    public void ReportToReferrer(LegalAidApplication application, bool replaced)
    {
        if (application.Referral is not { } referral || application.Status != LegalAidApplicationStatus.Granted || application.LawyerName is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        db.Publish(new LegalAidLawyerAssignedIntegrationEvent(
            Guid.CreateVersion7(now),
            now,
            application.LinkageNumber,
            application.Id,
            referral.ReferralId,
            referral.ReferringModule,
            new AssignedLawyer(application.LawyerName, application.LawFirm!, application.LawyerPhone!),
            application.AssignedAt!.Value,
            replaced));
    }

    /// <summary>Starts the 3-day assignment period unless a provider is already assigned.</summary>
    public async Task StartAssignmentPeriodAsync(LegalAidApplication application, CancellationToken cancellationToken)
    {
        if (application.LawyerId is null)
        {
            await deadlines.StartAsync(db, LegalAidDeadlineRules.AssignProvider, time.GetUtcNow(), DeadlineSubjects.For(application), cancellationToken);
        }
    }
}
