using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.DecideAcceptance;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.IssueOneTimeNotice;
using Monolith.Modules.Arbitration.Features.ListApplications;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration;

internal sealed record ReferToLegalAidBody(bool ConsentGiven, bool WorkerHasNoAgent, bool EconomicHardshipStated);

internal sealed record DecideAcceptanceBody(bool Accept, string? RejectionReason);

internal sealed record IssueOneTimeNoticeBody(
    string? Arbitrators, DateOnly? DefenceDueDate, DateOnly? EvidenceDueDate, DateOnly? HearingDate, TimeOnly? HearingTime, string? HearingPlace);

/// <summary>/api/arbitration: applications, referral to legal aid, acceptance and the one-time notice.</summary>
internal static class ArbitrationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapModuleApi<ArbitrationDbContext>(ArbitrationModule.Descriptor);
        var applications = api.MapGroup("/applications");

        applications.MapGet("/", (ApplicationStatus? status, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new ListApplicationsQuery(status), ct));

        applications.MapGet("/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new GetApplicationQuery(id), ct));

        applications.MapPost("/", async (RegisterApplicationCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var registered = await mediator.Send(command, ct);
            return Results.Created($"/api/arbitration/applications/{registered.Id}", registered);
        });

        applications.MapPost("/{id:guid}/legal-aid-referral", async (Guid id, ReferToLegalAidBody body, IMediator mediator, CancellationToken ct) =>
        {
            var referralId = await mediator.Send(new ReferToLegalAidCommand(id, body.ConsentGiven, body.WorkerHasNoAgent, body.EconomicHardshipStated), ct);
            return Results.Accepted($"/api/arbitration/applications/{id}", new { referralId });
        });

        applications.MapPost("/{id:guid}/acceptance", async (Guid id, DecideAcceptanceBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new DecideAcceptanceCommand(id, body.Accept, body.RejectionReason), ct);
            return Results.NoContent();
        });

        applications.MapPost("/{id:guid}/one-time-notice", async (Guid id, IssueOneTimeNoticeBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(
                new IssueOneTimeNoticeCommand(id, body.Arbitrators, body.DefenceDueDate, body.EvidenceDueDate, body.HearingDate, body.HearingTime, body.HearingPlace),
                ct);
            return Results.NoContent();
        });
    }
}
