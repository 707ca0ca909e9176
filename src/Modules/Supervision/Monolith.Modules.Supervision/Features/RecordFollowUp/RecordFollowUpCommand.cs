using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.RecordFollowUp;

/// <summary>督办登记: a supervision officer records the follow-up with the agency that missed the deadline.</summary>
internal sealed record RecordFollowUpCommand(Guid EntryId, string? Note) : ICommand<MediatR.Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => EntryId.ToString();
}

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUpCommand>
{
    public RecordFollowUpValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(1000).WithName("督办情况");
}

internal sealed class RecordFollowUpHandler(SupervisionDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<RecordFollowUpCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordFollowUpCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.OversightEntries.FindAsync([request.EntryId], cancellationToken)
            ?? throw new NotFoundException("逾期事项", request.EntryId);
        entry.RecordFollowUp(request.Note!.Trim(), user.UserName, time.GetUtcNow());
        return MediatR.Unit.Value;
    }
}

internal sealed record RecordFollowUpBody(string? Note);

internal sealed class RecordFollowUpEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/oversight/{id:guid}/follow-up", async (Guid id, RecordFollowUpBody body, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RecordFollowUpCommand(id, body.Note), ct);
            return TypedResults.NoContent();
        });
}
