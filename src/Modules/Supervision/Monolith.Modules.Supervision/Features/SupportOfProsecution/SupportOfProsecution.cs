using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Platform.Contracts;
using Monolith.Modules.Supervision.Contracts;
using Monolith.Modules.Supervision.Domain;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.SupportOfProsecution;

/// <summary>A request to support a worker's lawsuit arrives (from legal aid), once per request id; the officers are told.</summary>
[IntegrationEventHandlerName("supervision.receive-support-of-prosecution")]
internal sealed class SupportOfProsecutionRequestedHandler(SupervisionDbContext db, DeploymentClock clock)
    : IIntegrationEventHandler<SupportOfProsecutionRequestedIntegrationEvent>
{
    public async Task HandleAsync(SupportOfProsecutionRequestedIntegrationEvent e, CancellationToken cancellationToken)
    {
        if (await db.SupportRequests.AnyAsync(r => r.RequestId == e.RequestId, cancellationToken))
        {
            return;
        }

        var now = clock.UtcNow;
        var received = SupportOfProsecutionCase.Receive(
            Guid.CreateVersion7(now), e.RequestId, e.LinkageNumber, e.RequestingModule, e.RequestingAgencyName, e.WorkerName, e.WorkerResidentIdNumber, e.WorkerPhone,
            e.EmployerName, e.EmployerCreditCode, e.Claims, e.Reasons, e.RequestedBy, e.RequestedAt, now);
        db.SupportRequests.Add(received);
        db.Publish(new NotificationRequestedIntegrationEvent(
            Guid.CreateVersion7(now), now, e.LinkageNumber, SupervisionModule.Descriptor.Name, "支持起诉申请", $"{e.RequestingAgencyName}申请支持{e.WorkerName}起诉{e.EmployerName}。",
            $"/Supervision/Procuratorate#support-{received.Id}", [], [SupervisionModule.Role]));
    }
}

/// <summary>支持起诉决定: support or not, with reasons, answered to the module that asked.</summary>
internal sealed record DecideSupportOfProsecutionCommand(Guid CaseId, bool? Supported, string? Reasons) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"support/{CaseId}";
}

internal sealed class DecideSupportOfProsecutionValidator : AbstractValidator<DecideSupportOfProsecutionCommand>
{
    public DecideSupportOfProsecutionValidator()
    {
        RuleFor(c => c.Supported).NotNull().WithName("决定");
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(2000).WithName("理由");
    }
}

internal sealed class DecideSupportOfProsecutionHandler(SupervisionDbContext db, ICurrentUser user, DeploymentClock clock)
    : IRequestHandler<DecideSupportOfProsecutionCommand, Unit>
{
    public async Task<Unit> Handle(DecideSupportOfProsecutionCommand request, CancellationToken cancellationToken)
    {
        var found = await db.SupportRequests.FindAsync([request.CaseId], cancellationToken) ?? throw new NotFoundException("支持起诉申请", request.CaseId);
        var now = clock.UtcNow;
        found.Decide(request.Supported!.Value, request.Reasons!.Trim(), user.DisplayName, now);
        db.Publish(new SupportOfProsecutionDecidedIntegrationEvent(
            Guid.CreateVersion7(now), now, found.LinkageNumber, found.RequestId, found.RequestingModule, found.Supported!.Value, found.DecisionReasons!, found.DecidedBy!, now));
        return Unit.Value;
    }
}

internal sealed record SupportRequestView(
    Guid Id, string LinkageNumber, string RequestingAgencyName, string WorkerName, string MaskedIdNumber, string EmployerName, string? EmployerCreditCode,
    string Claims, string Reasons, string RequestedBy, DateTimeOffset ReceivedAt, bool? Supported, string? DecisionReasons, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>Support-of-prosecution requests, undecided first; identity numbers masked; reads audited.</summary>
internal sealed record ListSupportRequestsQuery : IQuery<IReadOnlyList<SupportRequestView>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "支持起诉申请列表";
}

internal sealed class ListSupportRequestsHandler(SupervisionDbContext db) : IRequestHandler<ListSupportRequestsQuery, IReadOnlyList<SupportRequestView>>
{
    public async Task<IReadOnlyList<SupportRequestView>> Handle(ListSupportRequestsQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.SupportRequests.AsNoTracking().OrderBy(r => r.DecidedAt != null).ThenByDescending(r => r.ReceivedAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SupportRequestView(
            r.Id, r.LinkageNumber, r.RequestingAgencyName, r.WorkerName, Mask(r.WorkerResidentIdNumber), r.EmployerName, r.EmployerCreditCode, r.Claims, r.Reasons,
            r.RequestedBy, r.ReceivedAt, r.Supported, r.DecisionReasons, r.DecidedBy, r.DecidedAt))];
    }

    /// <summary>"360102********1234": the middle eight digits hidden, as every list of the platform shows them.</summary>
    public static string Mask(string idNumber) => idNumber.Length == 18 ? $"{idNumber[..6]}********{idNumber[14..]}" : new string('*', idNumber.Length);
}

internal sealed record DecideBody(bool? Supported, string? Reasons);

internal sealed class SupportOfProsecutionEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/support-requests", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListSupportRequestsQuery(), ct));
        api.MapPost("/support-requests/{id:guid}/decision", async (Guid id, DecideBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecideSupportOfProsecutionCommand(id, body.Supported, body.Reasons), ct);
            return TypedResults.NoContent();
        });
    }
}
