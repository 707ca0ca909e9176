using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Identity;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.Supervision.Domain.Risk;
using Monolith.Modules.Supervision.Persistence;

namespace Monolith.Modules.Supervision.Features.Risk;

/// <summary>The risk rules in force (the defaults until an administrator changes them).</summary>
internal sealed record GetRiskRulesQuery : IQuery<RiskRules>;

internal sealed class GetRiskRulesHandler(SupervisionDbContext db) : IRequestHandler<GetRiskRulesQuery, RiskRules>
{
    public Task<RiskRules> Handle(GetRiskRulesQuery request, CancellationToken cancellationToken) => RiskAssessor.RulesAsync(db, cancellationToken);
}

/// <summary>
/// An administrator sets the weights, the thresholds, the look-back window and the key periods; every employer is
/// scored again under them (and alerted if its level rises).
/// </summary>
internal sealed record UpdateRiskRulesCommand(
    int WindowDays, IReadOnlyDictionary<RiskIndicatorKind, decimal>? Weights, decimal Red, decimal Orange, decimal Yellow, decimal Blue, IReadOnlyList<KeyPeriod>? KeyPeriods)
    : ICommand<Unit>, IAuditSubject
{
    string IAuditSubject.AuditSubject => "risk-rules";
}

/// <summary>Each key period's own fields, named by their path (the handler's whole-rule checks stay, under "rules").</summary>
internal sealed class UpdateRiskRulesValidator : AbstractValidator<UpdateRiskRulesCommand>
{
    public UpdateRiskRulesValidator() => RuleForEach(c => c.KeyPeriods).ChildRules(period =>
    {
        period.RuleFor(p => p.Name).NotEmpty().MaximumLength(50).WithName("重点时段名称");
        period.RuleFor(p => p.To).GreaterThanOrEqualTo(p => p.From).WithName("重点时段结束日期");
        period.RuleFor(p => p.Multiplier).InclusiveBetween(1m, 5m).WithName("重点时段系数");
    });
}

internal sealed class UpdateRiskRulesHandler(SupervisionDbContext db, RiskAssessor assessor, ICurrentUser user, DeploymentClock clock) : IRequestHandler<UpdateRiskRulesCommand, Unit>
{
    public async Task<Unit> Handle(UpdateRiskRulesCommand request, CancellationToken cancellationToken)
    {
        var weights = new Dictionary<RiskIndicatorKind, decimal>(RiskRules.Default.Weights);
        foreach (var (kind, weight) in request.Weights ?? new Dictionary<RiskIndicatorKind, decimal>())
        {
            weights[kind] = weight;
        }

        var rules = new RiskRules(request.WindowDays, weights, request.Red, request.Orange, request.Yellow, request.Blue, request.KeyPeriods ?? []);
        if (rules.Problems() is { Count: > 0 } problems)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["rules"] = [.. problems] });
        }

        var row = await db.RiskSettings.SingleOrDefaultAsync(s => s.Id == RiskSettings.SingletonId, cancellationToken);
        if (row is null)
        {
            row = new RiskSettings();
            db.RiskSettings.Add(row);
        }

        row.RulesJson = RiskAssessor.Serialize(rules);
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = user.DisplayName;
        row.Version++;

        var employers = await db.RiskIndicators.Where(i => i.EmployerKey != string.Empty).Select(i => i.EmployerKey).Distinct().ToListAsync(cancellationToken);
        foreach (var employer in employers)
        {
            await assessor.AssessAsync(db, employer, cancellationToken, rules);
        }

        return Unit.Value;
    }
}

internal static class RiskSettingsEndpoints
{
    /// <summary>Mapped on the administrators' group (see <see cref="SupervisionModule"/>).</summary>
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/risk/rules", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetRiskRulesQuery(), ct));
        admin.MapPut("/risk/rules", async (UpdateRiskRulesCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command, ct);
            return TypedResults.NoContent();
        });
    }
}
