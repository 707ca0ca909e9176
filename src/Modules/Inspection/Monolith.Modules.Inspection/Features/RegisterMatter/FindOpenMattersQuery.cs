using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Domain;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.RegisterMatter;

/// <summary>
/// The duplicate warning at intake: open matters (awaiting acceptance or under investigation) on the same employer (by
/// credit code, or by name where no code is known) for one of the same workers (by identity number).
/// </summary>
internal sealed record FindOpenMattersQuery(string? CreditCode, string? EmployerName, IReadOnlyList<string> ResidentIdNumbers)
    : IQuery<IReadOnlyList<OpenMatter>>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => "重复事项核查";
}

/// <param name="Workers">The names of the workers the two matters share.</param>
internal sealed record OpenMatter(Guid Id, string LinkageNumber, MatterKind Kind, CaseStatus Status, string EmployerName, DateTimeOffset ReceivedAt, IReadOnlyList<string> Workers)
{
    public string KindName => InspectionText.Kind(Kind);

    public string StatusName => InspectionText.Status(Status);
}

internal static class OpenMatters
{
    public static async Task<IReadOnlyList<OpenMatter>> FindAsync(
        InspectionDbContext db, string? creditCode, string? employerName, IReadOnlyList<string> residentIdNumbers, CancellationToken cancellationToken)
    {
        var ids = residentIdNumbers.Where(i => !string.IsNullOrWhiteSpace(i)).Select(ResidentIdNumber.Normalise).Distinct().ToList();
        var code = string.IsNullOrWhiteSpace(creditCode) ? null : UnifiedSocialCreditCode.Normalise(creditCode);
        var name = employerName?.Trim();
        if (ids.Count == 0 || (code is null && string.IsNullOrEmpty(name)))
        {
            return [];
        }

        var cases = db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Received || c.Status == CaseStatus.Investigating);
        cases = code is not null
            ? cases.Where(c => c.Employer.CreditCode == code)
            : cases.Where(c => c.Employer.Name == name);
        var found = await cases
            .Where(c => c.Workers.Any(w => w.ResidentIdNumber != null && ids.Contains(w.ResidentIdNumber)))
            .OrderBy(c => c.ReceivedAt)
            .Select(c => new
            {
                c.Id,
                c.LinkageNumber,
                c.Kind,
                c.Status,
                EmployerName = c.Employer.Name,
                c.ReceivedAt,
                Workers = c.Workers.Where(w => w.ResidentIdNumber != null && ids.Contains(w.ResidentIdNumber)).Select(w => w.Name).ToList(),
            })
            .Take(20)
            .ToListAsync(cancellationToken);
        return found.ConvertAll(c => new OpenMatter(c.Id, c.LinkageNumber, c.Kind, c.Status, c.EmployerName, c.ReceivedAt, c.Workers));
    }
}

internal sealed class FindOpenMattersHandler(InspectionDbContext db) : IRequestHandler<FindOpenMattersQuery, IReadOnlyList<OpenMatter>>
{
    public Task<IReadOnlyList<OpenMatter>> Handle(FindOpenMattersQuery request, CancellationToken cancellationToken) =>
        OpenMatters.FindAsync(db, request.CreditCode, request.EmployerName, request.ResidentIdNumbers, cancellationToken);
}

internal sealed class FindOpenMattersEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/open-matters", (string? creditCode, string? employerName, [FromQuery(Name = "residentIdNumber")] string[]? residentIdNumbers, IMediator mediator, CancellationToken ct) =>
            mediator.Send(new FindOpenMattersQuery(creditCode, employerName, residentIdNumbers ?? []), ct));
}
