using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Leads;

/// <summary>
/// 受理线索: the lead becomes a report under its own linkage number (a matter another agency numbered keeps its number),
/// or joins an open case on the same employer (<see cref="JoinCaseId"/>). Discharges the feedback period and tells the
/// reporting agency which case now holds it.
/// </summary>
internal sealed record TakeUpLeadCommand(Guid LeadId, Guid? JoinCaseId, string? DivisionCode, ViolationCategory Category, string? Note)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => LeadId.ToString();
}

internal sealed class TakeUpLeadValidator : AbstractValidator<TakeUpLeadCommand>
{
    public TakeUpLeadValidator(IOptions<DeploymentOptions> deployment)
    {
        RuleFor(c => c.Category).IsInEnum().WithName("违法事项");
        // Checked against the city only when a new case is opened; never longer than a district code, joined or not.
        RuleFor(c => c.DivisionCode).MaximumLength(6).WithName("区县");
        RuleFor(c => c.DivisionCode).Must(code => Districts.BelongsTo(code, deployment.Value.DivisionCode))
            .When(c => c.JoinCaseId is null && !string.IsNullOrEmpty(c.DivisionCode)).WithMessage("请选择用人单位所在的本市区县。");
        RuleFor(c => c.Note).MaximumLength(500).WithName("反馈说明");
    }
}

internal sealed class TakeUpLeadHandler(InspectionDbContext db, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<TakeUpLeadCommand, Guid>
{
    public async Task<Guid> Handle(TakeUpLeadCommand request, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == request.LeadId, cancellationToken)
            ?? throw new NotFoundException("案件线索", request.LeadId);
        var now = time.GetUtcNow();
        InspectionCase matter;
        string feedback;
        if (request.JoinCaseId is { } caseId)
        {
            matter = await db.LoadAsync(caseId, cancellationToken);
            if (lead.EmployerCreditCode is { } code && matter.Employer.CreditCode is { } caseCode && code != caseCode)
            {
                throw new BusinessRuleViolationException("inspection.lead-other-employer", "线索所涉用人单位与该案件不同，不能并案。");
            }

            matter.JoinLead(lead.ReportingAgencyName, lead.ReportingCaseReference, now, user.UserName);
            feedback = $"线索已并入本机构正在办理的案件（{matter.LinkageNumber}）。";
        }
        else
        {
            var divisionCode = request.DivisionCode ?? lead.DivisionCode;
            if (string.IsNullOrEmpty(divisionCode))
            {
                throw new RequestValidationException(new Dictionary<string, string[]> { ["divisionCode"] = ["请选择用人单位所在的本市区县。"] });
            }

            matter = InspectionCase.Register(
                Guid.CreateVersion7(now),
                lead.LinkageNumber,
                MatterKind.Report,
                IntakeChannel.ViolationLead,
                $"{lead.ReportingAgencyName} {lead.ReportingCaseReference}",
                [],
                new CaseEmployer(lead.EmployerName, lead.EmployerCreditCode, null),
                divisionCode,
                request.Category,
                lead.Facts,
                null,
                null,
                null,
                now,
                user.UserName);
            db.Cases.Add(matter);
            feedback = $"线索已作为举报登记办理（{matter.LinkageNumber}）。";
        }

        if (!string.IsNullOrWhiteSpace(request.Note))
        {
            feedback += request.Note.Trim();
        }

        var completed = await deadlines.CompleteAsync(db, lead.Id, InspectionServiceRules.LeadFeedback, cancellationToken);
        var inTime = completed.All(d => d.MissedAt is null && now < d.DueAt);
        lead.TakeUp(matter.Id, matter.LinkageNumber, feedback, inTime, now, user.UserName);
        LeadFeedback.Publish(db, lead, ViolationLeadFeedbackKind.TakenUp, feedback, user.DisplayName, now, inTime);
        return matter.Id;
    }
}

/// <summary>不予采纳: declined with the reason, which is the feedback the reporting agency gets.</summary>
internal sealed record DeclineLeadCommand(Guid LeadId, string? Reason) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => LeadId.ToString();
}

internal sealed class DeclineLeadValidator : AbstractValidator<DeclineLeadCommand>
{
    public DeclineLeadValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("不予采纳线索应当说明理由。").MaximumLength(1000).WithName("理由");
}

internal sealed class DeclineLeadHandler(InspectionDbContext db, DeadlineTracker deadlines, ICurrentUser user, TimeProvider time)
    : IRequestHandler<DeclineLeadCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineLeadCommand request, CancellationToken cancellationToken)
    {
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == request.LeadId, cancellationToken)
            ?? throw new NotFoundException("案件线索", request.LeadId);
        var now = time.GetUtcNow();
        var completed = await deadlines.CompleteAsync(db, lead.Id, InspectionServiceRules.LeadFeedback, cancellationToken);
        var inTime = completed.All(d => d.MissedAt is null && now < d.DueAt);
        lead.Decline(request.Reason!.Trim(), inTime, now, user.UserName);
        LeadFeedback.Publish(db, lead, ViolationLeadFeedbackKind.Declined, lead.Feedback!, user.DisplayName, now, inTime);
        return MediatR.Unit.Value;
    }
}

internal sealed record TakeUpBody(Guid? JoinCaseId, string? DivisionCode, ViolationCategory Category, string? Note);

internal sealed record DeclineBody(string? Reason);

internal sealed class LeadEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/leads/{id:guid}/take-up", async (Guid id, TakeUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            var caseId = await mediator.Send(new TakeUpLeadCommand(id, body.JoinCaseId, body.DivisionCode, body.Category, body.Note), ct);
            return TypedResults.Ok(new { caseId });
        });
        api.MapPost("/leads/{id:guid}/decline", async (Guid id, DeclineBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclineLeadCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
