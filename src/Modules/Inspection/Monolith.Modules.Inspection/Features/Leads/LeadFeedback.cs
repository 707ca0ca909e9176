using Monolith.BuildingBlocks.Persistence;
using Monolith.Modules.Inspection.Contracts;
using Monolith.Modules.Inspection.Domain;

namespace Monolith.Modules.Inspection.Features.Leads;

/// <summary>Publishes feedback on a lead, addressed to the agency that reported it.</summary>
internal static class LeadFeedback
{
    public static void Publish(ModuleDbContext db, ViolationLead lead, ViolationLeadFeedbackKind kind, string text, string by, DateTimeOffset at, bool inTime) =>
        db.Publish(new ViolationLeadFeedbackIntegrationEvent(
            Guid.CreateVersion7(at),
            at,
            lead.LinkageNumber,
            lead.LeadId,
            lead.ReportingModule,
            kind,
            lead.CaseLinkageNumber,
            text,
            by,
            at,
            inTime));
}
