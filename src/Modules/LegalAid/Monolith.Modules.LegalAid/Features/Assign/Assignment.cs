using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
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

    /// <summary>Starts the 3-day assignment period unless a provider is already assigned.</summary>
    public async Task StartAssignmentPeriodAsync(LegalAidApplication application, CancellationToken cancellationToken)
    {
        if (application.LawyerId is null)
        {
            await deadlines.StartAsync(db, LegalAidDeadlineRules.AssignProvider, time.GetUtcNow(), DeadlineSubjects.For(application), cancellationToken);
        }
    }
}
