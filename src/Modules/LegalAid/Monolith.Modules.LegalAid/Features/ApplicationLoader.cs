using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features;

internal static class ApplicationLoader
{
    /// <summary>The application with its claims and representations, tracked for a change; 404 when there is none.</summary>
    public static async Task<LegalAidApplication> LoadAsync(this LegalAidDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Applications.Include(a => a.Claims).Include(a => a.Representations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("法律援助申请", id);
}
