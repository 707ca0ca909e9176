using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Calendar;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Scheduling;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Features.Shared;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Investigation;

/// <summary>
/// The period of an order to rectify or pay: the agency sets it in each decision (监察条例 第二十六条 "限期"), so it is
/// no rule of the catalogue. It is counted by the engine's calculator as a rule of that one order would be: calendar
/// days from the day after issue, a last day on a rest day rolled to the next working day (deadlines.md §9).
/// </summary>
internal static class OrderPeriods
{
    public const int MaxDays = 180;

    public static DeadlineRule Rule(int days) => new(
        "inspection.order-period", "用人单位在责令改正（支付）的期限内履行", "责令改正（支付）决定送达之日",
        new Period(days, PeriodUnit.CalendarDays), DutyHolder.Employer, "《劳动保障监察条例》第二十六条（期限由劳动保障行政部门决定）", LegalBasisCertainty.Primary);

    public static string WorkKey(Guid orderId) => $"order/{orderId}";
}

/// <summary>责令改正 / 责令限期支付, with the period the officer sets; when it ends without compliance the order is marked overdue.</summary>
internal sealed record IssueOrderCommand(Guid CaseId, OrderKind Kind, string? Requirements, decimal? Amount, int PeriodDays) : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class IssueOrderValidator : AbstractValidator<IssueOrderCommand>
{
    public IssueOrderValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithName("类型");
        RuleFor(c => c.Requirements).NotEmpty().MaximumLength(2000).WithName("责令事项");
        RuleFor(c => c.Amount).NotNull().When(c => c.Kind == OrderKind.Payment).WithMessage("责令限期支付应当写明金额。");
        RuleFor(c => c.Amount).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.Amount is not null).WithName("金额");
        RuleFor(c => c.PeriodDays).InclusiveBetween(1, OrderPeriods.MaxDays).WithMessage($"履行期限应为1至{OrderPeriods.MaxDays}日。");
    }
}

internal sealed class IssueOrderHandler(
    InspectionDbContext db, DocumentNumbers numbers, WorkingDayCalendarProvider calendars, WorkScheduler scheduler, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<IssueOrderCommand, Guid>
{
    public async Task<Guid> Handle(IssueOrderCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        var now = clock.UtcNow;
        var calendar = await calendars.GetAsync(cancellationToken);
        var due = DeadlineCalculator.Compute(OrderPeriods.Rule(request.PeriodDays), clock.Today, calendar).DueDate;
        var order = matter.IssueOrder(new RectificationOrder(
            Guid.CreateVersion7(now),
            await numbers.IssueAsync(db, NoticeKind.Order, cancellationToken),
            request.Kind,
            request.Requirements!.Trim(),
            request.Kind == OrderKind.Payment ? request.Amount : null,
            request.PeriodDays,
            due,
            clock.EndOfDay(due),
            now,
            user.UserName));
        scheduler.Schedule(db, new MarkOrderOverdueCommand(matter.Id, order.Id), order.DueAt, OrderPeriods.WorkKey(order.Id), matter.LinkageNumber);
        return order.Id;
    }
}

/// <summary>Scheduled at the end of an order's period: overdue, unless compliance was recorded. Re-checks, so running twice or late does no harm.</summary>
[ScheduledCommandName("inspection.mark-order-overdue.v1")]
internal sealed record MarkOrderOverdueCommand(Guid CaseId, Guid OrderId) : ICommand<bool>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class MarkOrderOverdueHandler(InspectionDbContext db, DeploymentClock clock) : IRequestHandler<MarkOrderOverdueCommand, bool>
{
    public async Task<bool> Handle(MarkOrderOverdueCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        return matter.MarkOrderOverdue(request.OrderId, clock.UtcNow);
    }
}

/// <summary>The employer complied with an order (paid, for a payment order); recorded also after the period, as late.</summary>
internal sealed record RecordComplianceCommand(Guid CaseId, Guid OrderId, decimal? AmountPaid, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => CaseId.ToString();
}

internal sealed class RecordComplianceValidator : AbstractValidator<RecordComplianceCommand>
{
    public RecordComplianceValidator()
    {
        RuleFor(c => c.AmountPaid).GreaterThan(0).LessThanOrEqualTo(100_000_000m).When(c => c.AmountPaid is not null).WithName("支付金额");
        RuleFor(c => c.Note).NotEmpty().MaximumLength(1000).WithName("履行情况");
    }
}

internal sealed class RecordComplianceHandler(InspectionDbContext db, WorkScheduler scheduler, DeploymentClock clock, ICurrentUser user)
    : IRequestHandler<RecordComplianceCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordComplianceCommand request, CancellationToken cancellationToken)
    {
        var matter = await db.LoadAsync(request.CaseId, cancellationToken);
        matter.RecordOrderCompliance(request.OrderId, request.AmountPaid, request.Note!.Trim(), clock.UtcNow, user.UserName);
        await scheduler.CancelAsync(db, OrderPeriods.WorkKey(request.OrderId), cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed record IssueOrderBody(OrderKind Kind, string? Requirements, decimal? Amount, int PeriodDays);

internal sealed record ComplianceBody(decimal? AmountPaid, string? Note);

internal sealed class OrderEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/orders", async (Guid id, IssueOrderBody body, IMediator mediator, CancellationToken ct) =>
        {
            var orderId = await mediator.Send(new IssueOrderCommand(id, body.Kind, body.Requirements, body.Amount, body.PeriodDays), ct);
            return TypedResults.Created($"/api/inspection/cases/{id}", new { orderId });
        });
        api.MapPost("/cases/{id:guid}/orders/{orderId:guid}/compliance", async (Guid id, Guid orderId, ComplianceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordComplianceCommand(id, orderId, body.AmountPaid, body.Note), ct);
            return TypedResults.NoContent();
        });
    }
}
