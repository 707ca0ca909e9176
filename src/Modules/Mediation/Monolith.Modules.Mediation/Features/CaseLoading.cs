using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.Modules.Mediation.Domain;
using Monolith.Modules.Mediation.Persistence;

namespace Monolith.Modules.Mediation.Features;

internal static class CaseLoading
{
    /// <summary>The case with all its parts, tracked, or 404.</summary>
    public static async Task<MediationCase> LoadCaseAsync(this MediationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Cases
            .Include(c => c.Claims)
            .Include(c => c.Sessions)
            .Include(c => c.Experts)
            .Include(c => c.FollowUps)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("调解案件", id);

    public static async Task<MediationOrganisation> LoadOrganisationAsync(this MediationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException("调解组织", id);

    /// <summary>The next sequence of a mediation case of this matter (1 for its first).</summary>
    public static async Task<int> NextSequenceAsync(this MediationDbContext db, string linkageNumber, CancellationToken cancellationToken) =>
        (await db.Cases.Where(c => c.LinkageNumber == linkageNumber).MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0) + 1;
}
