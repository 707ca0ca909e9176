using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Linkage;
using Monolith.BuildingBlocks.Messaging;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Union.Contracts;
using Monolith.Modules.Union.Domain;
using Monolith.Modules.Union.Persistence;

namespace Monolith.Modules.Union.Features.Meetings;

/// <summary>
/// A staff member of any agency asks for a special coordination meeting (专题协调会) through the union's own page or
/// API; the request is their agency's. Another module's code asks with <see cref="CoordinationMeetingRequestedIntegrationEvent"/>.
/// </summary>
internal sealed record RequestCoordinationMeetingCommand(string? Subject, string? Reason, IReadOnlyList<string>? LinkedMatters) : ICommand<Guid>;

internal sealed class RequestCoordinationMeetingValidator : AbstractValidator<RequestCoordinationMeetingCommand>
{
    public RequestCoordinationMeetingValidator()
    {
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(200).WithName("协调事项");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithName("提请理由");
        RuleFor(c => c.LinkedMatters).Must(l => l is null || l.Count <= 20).WithMessage("最多关联20个事项。").WithName("关联事项");
        RuleForEach(c => c.LinkedMatters).Must(LinkageNumber.IsWellFormed).WithMessage("“{PropertyValue}”不是有效的联动编号。");
    }
}

internal sealed class RequestCoordinationMeetingHandler(UnionDbContext db, MeetingNotices notices, ModuleDirectory directory, ICurrentUser user, DeploymentClock clock)
    : IRequestHandler<RequestCoordinationMeetingCommand, Guid>
{
    public Task<Guid> Handle(RequestCoordinationMeetingCommand request, CancellationToken cancellationToken)
    {
        var module = directory.ModuleOfRole(user.Role);
        if (module?.LinkageCode is null)
        {
            throw new BusinessRuleViolationException("union.requester-not-agency", "专题协调会由联动单位提请召集，请以联动单位工作人员身份提请。");
        }

        var now = clock.UtcNow;
        var received = MeetingRequest.Receive(
            Guid.CreateVersion7(now), module.Name, module.AgencyName, request.Subject!.Trim(), request.Reason!.Trim(), request.LinkedMatters ?? [], user.DisplayName, now);
        db.MeetingRequests.Add(received);
        MeetingRequestNotice.Tell(notices, db, received);
        return Task.FromResult(received.Id);
    }
}

[IntegrationEventHandlerName("union.record-coordination-request")]
internal sealed class CoordinationMeetingRequestedHandler(UnionDbContext db, MeetingNotices notices, DeploymentClock clock)
    : IIntegrationEventHandler<CoordinationMeetingRequestedIntegrationEvent>
{
    public async Task HandleAsync(CoordinationMeetingRequestedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.MeetingRequests.AnyAsync(r => r.Id == integrationEvent.RequestId, cancellationToken))
        {
            return;
        }

        var received = MeetingRequest.Receive(
            integrationEvent.RequestId, integrationEvent.RequestingModule, integrationEvent.RequestingAgency, integrationEvent.Subject, integrationEvent.Reason,
            integrationEvent.LinkedMatters, integrationEvent.RequestedBy, clock.UtcNow);
        db.MeetingRequests.Add(received);
        MeetingRequestNotice.Tell(notices, db, received);
    }
}

internal static class MeetingRequestNotice
{
    public static void Tell(MeetingNotices notices, UnionDbContext db, MeetingRequest request) =>
        notices.Send(db, $"专题协调会申请：{request.Subject}", $"{request.RequestingAgency}提请召开专题协调会。理由：{request.Reason}", "/Union/Meetings", [], [PlatformRoles.Administrator]);
}

/// <summary>The administrator decides not to convene a requested meeting, with reasons; the requesting agency is told.</summary>
internal sealed record DeclineMeetingRequestCommand(Guid RequestId, string? Reason) : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => $"meeting-request/{RequestId}";
}

internal sealed class DeclineMeetingRequestValidator : AbstractValidator<DeclineMeetingRequestCommand>
{
    public DeclineMeetingRequestValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithName("不予召开理由");
}

internal sealed class DeclineMeetingRequestHandler(UnionDbContext db, MeetingNotices notices) : IRequestHandler<DeclineMeetingRequestCommand, Unit>
{
    public async Task<Unit> Handle(DeclineMeetingRequestCommand request, CancellationToken cancellationToken)
    {
        var found = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId, cancellationToken)
            ?? throw new NotFoundException("专题协调会申请", request.RequestId);
        found.Decline(request.Reason!.Trim());
        notices.Send(db, $"专题协调会申请未安排：{found.Subject}", $"理由：{found.DeclineReason}", "/Union/My/Meetings", [], notices.RolesOf(found.RequestingModule));
        return Unit.Value;
    }
}

internal sealed record DeclineBody(string? Reason);

internal sealed class MeetingRequestEndpoints : IMeetingsEndpoint
{
    public void Map(MeetingsApi api)
    {
        api.Staff.MapPost("/meeting-requests", async (RequestCoordinationMeetingCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return TypedResults.Created($"/api/union/meeting-requests/{id}", new { id });
        });
        api.Organisers.MapPost("/meeting-requests/{id:guid}/decline", async (Guid id, DeclineBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DeclineMeetingRequestCommand(id, body.Reason), ct);
            return TypedResults.NoContent();
        });
    }
}
