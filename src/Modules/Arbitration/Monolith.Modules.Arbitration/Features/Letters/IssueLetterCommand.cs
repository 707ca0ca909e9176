using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Contracts;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration.Features.Letters;

/// <summary>
/// 仲裁建议书 (and the other letters to an employer): issued on a filed or closed case to its employer, numbered, and
/// published as <see cref="ArbitrationLetterIssuedIntegrationEvent"/> for Supervision's ledger of letters.
/// </summary>
internal sealed record IssueLetterCommand(Guid ApplicationId, ArbitrationLetterKind? Kind, string? Findings, string? LegalBasis, string? Requests)
    : ICommand<Guid>, IAuditSubject
{
    string IAuditSubject.AuditSubject => ApplicationId.ToString();
}

internal sealed class IssueLetterValidator : AbstractValidator<IssueLetterCommand>
{
    public IssueLetterValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum().WithName("文书种类");
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(2000).WithName("发现的问题");
        RuleFor(c => c.LegalBasis).NotEmpty().MaximumLength(500).WithName("依据");
        RuleFor(c => c.Requests).NotEmpty().MaximumLength(2000).WithName("建议事项");
    }
}

internal sealed class IssueLetterHandler(ArbitrationDbContext db, DeploymentClock clock, ICurrentUser user, IOptions<ArbitrationOptions> options)
    : IRequestHandler<IssueLetterCommand, Guid>
{
    public async Task<Guid> Handle(IssueLetterCommand request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Letters).SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("仲裁申请", request.ApplicationId);
        var now = clock.UtcNow;
        var prefix = $"{options.Value.LetterNumberPrefix}〔{clock.Today.Year.ToString(CultureInfo.InvariantCulture)}〕";
        var issuedThisYear = await db.Set<ArbitrationLetter>().CountAsync(l => l.Number.StartsWith(prefix), cancellationToken);
        var number = $"{prefix}{(issuedThisYear + 1).ToString(CultureInfo.InvariantCulture)}号";
        var letter = application.IssueLetter(
            Guid.CreateVersion7(now), request.Kind!.Value, number, request.Findings!.Trim(), request.LegalBasis!.Trim(), request.Requests!.Trim(), now, user.UserName);
        db.Publish(new ArbitrationLetterIssuedIntegrationEvent(
            Guid.CreateVersion7(now), now, application.LinkageNumber, letter.Id, letter.Kind, letter.Number, application.Respondent.Name,
            application.Respondent.CreditCode, letter.Findings, letter.LegalBasis, letter.Requests, now, user.UserName));
        return letter.Id;
    }
}

internal sealed record IssueLetterBody(ArbitrationLetterKind? Kind, string? Findings, string? LegalBasis, string? Requests);

internal sealed class IssueLetterEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/applications/{id:guid}/letters", async (Guid id, IssueLetterBody body, IMediator mediator, CancellationToken ct) =>
        {
            var letterId = await mediator.Send(new IssueLetterCommand(id, body.Kind, body.Findings, body.LegalBasis, body.Requests), ct);
            return TypedResults.Created($"/api/arbitration/applications/{id}/case", new { id = letterId });
        });
}
