using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Shared;

internal static class CaseLoader
{
    /// <summary>The case with everything a command may change (tracked), or 404.</summary>
    public static async Task<InspectionCase> LoadAsync(this InspectionDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases
            .Include(c => c.Workers)
            .Include(c => c.Events)
            .Include(c => c.Orders)
            .Include(c => c.Inquiries)
            .Include(c => c.Statements)
            .Include(c => c.LegalAidReferrals)
            .Include(c => c.ArbitrationReferrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new NotFoundException("监察案件", caseId);
}
