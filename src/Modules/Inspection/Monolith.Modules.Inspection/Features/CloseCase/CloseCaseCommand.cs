using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Leads;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.CloseCase;

/// <summary>
/// 结案 with its outcome (wages recovered and for how many workers, penalty, …). Discharges the investigation deadline,
/// and tells every agency whose lead became or joined this case how it ended.
/// </summary>
internal sealed record CloseCaseCommand(Guid CaseId, ClosureOutcome Outcome, decimal? WagesRecovered, int? WorkersCovered, string? Summary)
    : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator()
    {
        RuleFor(c => c.Outcome).IsInEnum().WithName("结案情形");
        RuleFor(c => c.WagesRecovered).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.WagesRecovered is not null).WithName("追回工资金额");
        RuleFor(c => c.WorkersCovered).InclusiveBetween(1, 100_000).When(c => c.WorkersCovered is not null).WithName("涉及劳动者人数");
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(2000).WithName("结案情况");
    }
}

internal sealed class CloseCaseHandler(InspectionDbContext db, DeadlineTracker deadlines, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<CloseCaseCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CloseCaseCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        matter.Close(request.Outcome, request.WagesRecovered, request.WorkersCovered, request.Summary!.Trim(), now, user.UserName);
        await deadlines.CompleteAsync(db, matter.Id, InspectionDeadlineRules.CompleteInvestigation, cancellationToken);

        var outcome = $"案件（{matter.LinkageNumber}）已于{clock.LocalDate(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}结案：{InspectionText.Outcome(request.Outcome)}"
            + (request.WagesRecovered is { } amount ? $"，追回工资{amount.ToString("N2", CultureInfo.InvariantCulture)}元，涉及{request.WorkersCovered}名劳动者" : string.Empty)
            + $"。{matter.ClosureSummary}";
        foreach (var lead in await db.Leads.Where(l => l.CaseId == matter.Id).ToListAsync(cancellationToken))
        {
            if (lead.RecordOutcomeReported(outcome, now))
            {
                LeadFeedback.Publish(db, lead, ViolationLeadFeedbackKind.CaseClosed, outcome, user.DisplayName, now, inTime: true);
            }
        }

        return MediatR.Unit.Value;
    }
}

internal sealed record CloseCaseBody(ClosureOutcome Outcome, decimal? WagesRecovered, int? WorkersCovered, string? Summary);

internal sealed class CloseCaseEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/cases/{id:guid}/closure", async (Guid id, CloseCaseBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new CloseCaseCommand(id, body.Outcome, body.WagesRecovered, body.WorkersCovered, body.Summary), ct);
            return TypedResults.NoContent();
        });
}
