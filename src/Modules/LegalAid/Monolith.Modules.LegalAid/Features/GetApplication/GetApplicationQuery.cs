using AutoMapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Contracts;
using Monolith.BuildingBlocks.Deadlines;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid.Features.GetApplication;

/// <summary>One application in full, for the reviewer. Discloses personal data, so it is audited.</summary>
internal sealed record GetApplicationQuery(Guid ApplicationId) : IQuery<ApplicationDetails>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => ApplicationId.ToString();
}

internal sealed record ApplicationDetails : IAuditSubject
{
    string IAuditSubject.AuditSubject => LinkageNumber;

    public Guid Id { get; init; }

    public string LinkageNumber { get; init; } = string.Empty;

    public LegalAidApplicationStatus Status { get; init; }

    public string StatusName => LegalAidNames.Status(Status);

    public ApplicantDetails Applicant { get; init; } = null!;

    public string EmployerName { get; init; } = string.Empty;

    public string? EmployerCreditCode { get; init; }

    public IReadOnlyList<ClaimDetails> Claims { get; init; } = [];

    public ReferralDetails? Referral { get; init; }

    public bool EconomicHardshipStated { get; init; }

    public bool HardshipCheckWaived { get; init; }

    public string EligibilityNote => HardshipCheckWaived
        ? "进城务工人员请求支付劳动报酬或工伤赔偿，免予核查经济困难状况（《法律援助法》第四十二条）。"
        : "须审查经济困难状况（《法律援助法》第三十一条、第三十四条，按本省标准）。";

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecidedBy { get; init; }

    public string? RefusalReason { get; init; }

    public string? LawyerName { get; init; }

    public string? LawFirm { get; init; }

    public string? LawyerPhone { get; init; }

    public IReadOnlyList<DeadlineView> Deadlines { get; init; } = [];
}

internal sealed record ApplicantDetails(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

internal sealed record ClaimDetails(LabourClaimKind Kind, decimal? Amount, string? Description)
{
    public string KindName => LegalAidNames.ClaimKind(Kind);
}

internal sealed record ReferralDetails(Guid ReferralId, string ReferringAgencyName, string CaseReference, string ReferredBy, DateTimeOffset ConsentRecordedAt)
{
}

internal sealed class GetApplicationHandler(LegalAidDbContext db, IMapper mapper, IMediator mediator) : IRequestHandler<GetApplicationQuery, ApplicationDetails>
{
    public async Task<ApplicationDetails> Handle(GetApplicationQuery request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Claims)
            .SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("法律援助申请", request.ApplicationId);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<LegalAidDbContext>(DeadlineFilter.All, application.Id, new PageRequest(1, PageRequest.MaxSize)), cancellationToken);
        return mapper.Map<ApplicationDetails>(application) with { Deadlines = deadlines.Items };
    }
}

internal sealed class GetApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetApplicationQuery(id), ct));
}
