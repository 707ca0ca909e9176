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
using Microsoft.Extensions.Options;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.AdvanceAid;
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

    public Guid? LawyerId { get; init; }

    public DateTimeOffset? AssignedAt { get; init; }

    public ApplicationChannel Channel { get; init; }

    public string ChannelName => LegalAidNames.Channel(Channel);

    public decimal? DeclaredMonthlyIncomePerCapita { get; init; }

    public HardshipExemption Exemption { get; init; }

    public string ExemptionName => LegalAidNames.Exemption(Exemption);

    public string? ReceivedBy { get; init; }

    /// <summary>案情简述 and 经济困难状况说明 as the applicant wrote them (online form).</summary>
    public string? MatterDescription { get; init; }

    public string? HardshipStatement { get; init; }

    /// <summary>When the applicant consented to the processing of personal data on the online form.</summary>
    public DateTimeOffset? PersonalDataConsentAt { get; init; }

    public string? ReplacedLawyerName { get; init; }

    public string? ReplacementReason { get; init; }

    public DateTimeOffset? ReplacedAt { get; init; }

    /// <summary>The economic-hardship standard applied, a per-deployment figure (本地配置) with its stated source.</summary>
    public HardshipStandardView HardshipStandard { get; init; } = null!;

    public string? MissingMaterials { get; init; }

    public DateTimeOffset? MaterialsNoticeAt { get; init; }

    public DateOnly? SupplementDueOn { get; init; }

    public DateTimeOffset? MaterialsSupplementedAt { get; init; }

    public DateTimeOffset? WithdrawnAt { get; init; }

    public DateTimeOffset? AdvanceAidAt { get; init; }

    public string? AdvanceAidBasis { get; init; }

    public string? GrantReasons { get; init; }

    public DateTimeOffset? ObjectionReceivedAt { get; init; }

    public string? ObjectionText { get; init; }

    public bool? ObjectionUpheld { get; init; }

    public string? ObjectionDecisionReasons { get; init; }

    public DateTimeOffset? ObjectionDecidedAt { get; init; }

    public string? ObjectionDecidedBy { get; init; }

    public IReadOnlyList<RepresentationDetails> Representations { get; init; } = [];

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosureSummary { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public string? ArchiveNumber { get; init; }

    public int? SatisfactionScore { get; init; }

    public string? SatisfactionComment { get; init; }

    public DateTimeOffset? SatisfactionRecordedAt { get; init; }

    /// <summary>The province's conditions applied to the application (a recommendation with reasons).</summary>
    public EligibilityAssessment Eligibility { get; init; } = null!;

    /// <summary>The matter's known limitations and time limits, with whether advance aid is open today.</summary>
    public IReadOnlyList<TimeLimitDetails> TimeLimits { get; init; } = [];

    public bool AdvanceAidOffered => AdvanceAidAt is null && TimeLimits.Any(t => t.AdvanceAidOffered)
        && Status is LegalAidApplicationStatus.PendingReview or LegalAidApplicationStatus.AwaitingMaterials;

    /// <summary>Requests sent to other agencies (support of prosecution, evidence, leads) and their answers.</summary>
    public IReadOnlyList<RequestDetails> Requests { get; init; } = [];

    public IReadOnlyList<DeadlineView> Deadlines { get; init; } = [];
}

/// <summary>A local figure as pages show it: its value, the province, where the deployment says it comes from, and that it is configured locally.</summary>
internal sealed record HardshipStandardView(
    string Province, decimal MonthlyIncomePerCapita, string Basis, bool IsDemoFigure, string Source = HardshipStandardView.LocalConfiguration)
{
    public const string LocalConfiguration = "本地配置";

    public const string DemoFigure = "演示数值，未经核实";

    public static HardshipStandardView Of(EligibilityPolicy policy) =>
        new(policy.Province, policy.HardshipMonthlyIncomePerCapita, policy.StandardBasis, policy.IsDemoFigure);

    public string Text => $"家庭人均月收入不高于{MonthlyIncomePerCapita:0.##}元（{Source}：{Province}，{Basis}{(IsDemoFigure ? $"；{DemoFigure}" : null)}）";
}

internal sealed record RepresentationDetails(RepresentationStage Stage, string Forum, string? CaseReference, DateOnly On, string Account, string RecordedBy)
{
    public string StageName => LegalAidNames.Stage(Stage);
}

internal sealed record TimeLimitDetails(string Description, DateOnly ExpiresOn, TimeLimitSource Source, string Basis, int DaysRemaining, bool AdvanceAidOffered, string Explanation);

internal sealed record RequestDetails(Guid Id, OutgoingRequestKind Kind, string Summary, string RequestedBy, DateTimeOffset RequestedAt, IReadOnlyList<AnswerDetails> Answers)
{
    public string KindName => LegalAidNames.RequestKind(Kind);
}

internal sealed record AnswerDetails(string Outcome, string Text, string GivenBy, DateTimeOffset GivenAt, bool InTime);

internal sealed record ApplicantDetails(string Name, string ResidentIdNumber, string Phone, bool IsMigrantWorker);

internal sealed record ClaimDetails(LabourClaimKind Kind, decimal? Amount, string? Description)
{
    public string KindName => LegalAidNames.ClaimKind(Kind);
}

internal sealed record ReferralDetails(Guid ReferralId, string ReferringAgencyName, string CaseReference, string ReferredBy, DateTimeOffset ConsentRecordedAt)
{
}

internal sealed class GetApplicationHandler(LegalAidDbContext db, IMapper mapper, IMediator mediator, IOptions<EligibilityPolicy> policy, AdvanceAidWindows windows)
    : IRequestHandler<GetApplicationQuery, ApplicationDetails>
{
    public async Task<ApplicationDetails> Handle(GetApplicationQuery request, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Include(a => a.Claims).Include(a => a.Representations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == request.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("法律援助申请", request.ApplicationId);
        var deadlines = await mediator.Send(new ListDeadlinesQuery<LegalAidDbContext>(DeadlineFilter.All, application.Id, new PageRequest(1, PageRequest.MaxSize)), cancellationToken);
        var limits = await windows.ForAsync(application.LinkageNumber, cancellationToken);
        var requests = await db.Requests.AsNoTracking().Include(r => r.Answers).Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        return mapper.Map<ApplicationDetails>(application) with
        {
            Deadlines = deadlines.Items,
            Eligibility = policy.Value.Assess(application),
            HardshipStandard = HardshipStandardView.Of(policy.Value),
            TimeLimits = limits.Select(l => new TimeLimitDetails(
                l.Limit.Description, l.Limit.ExpiresOn, l.Limit.Source, l.Limit.Basis, l.Window.DaysRemaining, l.Window.Offered, l.Window.Explanation)).ToList(),
            Requests = requests.OrderBy(r => r.RequestedAt).Select(r => new RequestDetails(
                r.Id, r.Kind, r.Summary, r.RequestedBy, r.RequestedAt,
                r.Answers.OrderBy(a => a.GivenAt).Select(a => new AnswerDetails(a.Outcome, a.Text, a.GivenBy, a.GivenAt, a.InTime)).ToList())).ToList(),
        };
    }
}

internal sealed class GetApplicationEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetApplicationQuery(id), ct));
}
