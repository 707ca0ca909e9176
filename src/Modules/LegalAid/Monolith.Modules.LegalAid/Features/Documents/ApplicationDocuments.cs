using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.GetApplication;

namespace Monolith.Modules.LegalAid.Features.Documents;

internal enum ApplicationDocumentKind
{
    /// <summary>给予法律援助决定书.</summary>
    GrantDecision = 1,

    /// <summary>不予法律援助决定书.</summary>
    RefusalDecision = 2,

    /// <summary>指派通知书.</summary>
    AssignmentNotice = 3,

    /// <summary>补充材料一次性告知书.</summary>
    MaterialsNotice = 4,
}

/// <summary>
/// The application's documents as <see cref="OfficialDocument"/>s from the audited read (<see cref="GetApplicationQuery"/>):
/// printable (<see cref="OfficialDocumentHtml"/>) and Word (<see cref="OfficialDocumentDocx"/>). A document exists once
/// its step has happened; before that, 404.
/// </summary>
internal sealed class ApplicationDocuments(IMediator mediator, DeploymentClock clock, IOptions<DeploymentOptions> deployment)
{
    private const string Law = "《中华人民共和国法律援助法》";

    private string Institution => $"{deployment.Value.CityName}法律援助中心";

    public static string Slug(ApplicationDocumentKind kind) => kind switch
    {
        ApplicationDocumentKind.GrantDecision => "grant-decision",
        ApplicationDocumentKind.RefusalDecision => "refusal-decision",
        ApplicationDocumentKind.AssignmentNotice => "assignment-notice",
        ApplicationDocumentKind.MaterialsNotice => "materials-notice",
        _ => kind.ToString(),
    };

    public static ApplicationDocumentKind? FromSlug(string? slug) =>
        Enum.GetValues<ApplicationDocumentKind>().Cast<ApplicationDocumentKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);

    public async Task<OfficialDocument> BuildAsync(Guid applicationId, ApplicationDocumentKind kind, CancellationToken cancellationToken)
    {
        var a = await mediator.Send(new GetApplicationQuery(applicationId), cancellationToken);
        return kind switch
        {
            ApplicationDocumentKind.GrantDecision when a.GrantReasons is not null && a.DecidedAt is not null => Grant(a),
            ApplicationDocumentKind.RefusalDecision when a.RefusalReason is not null && a.DecidedAt is not null => Refusal(a),
            ApplicationDocumentKind.AssignmentNotice when a.AssignedAt is not null => Assignment(a),
            ApplicationDocumentKind.MaterialsNotice when a.MaterialsNoticeAt is not null => Materials(a),
            _ => throw new NotFoundException("文书", $"{applicationId}/{Slug(kind)}"),
        };
    }

    private OfficialDocument Grant(ApplicationDetails a) =>
        new(Institution, Number(a, "援决"), "给予法律援助决定书", clock.LocalDate(a.ObjectionUpheld == true ? a.ObjectionDecidedAt!.Value : a.DecidedAt!.Value))
        {
            Addressee = $"{a.Applicant.Name}：",
            Paragraphs =
            [
                $"你于{Date(a.ReceivedAt)}{(a.Referral is { } r ? $"经{r.ReferringAgencyName}转介" : string.Empty)}申请法律援助，请求事项：{Claims(a)}；对方当事人：{a.EmployerName}。",
                $"经审查，{a.GrantReasons}",
                $"根据{Law}第四十三条第一款的规定，本中心决定给予你法律援助，并将自本决定作出之日起三日内指派法律援助人员。",
                "受援人应当向法律援助人员如实陈述与法律援助事项有关的情况，及时提供有关证据材料，协助、配合办理法律援助事项（第五十条）。",
            ],
        };

    private OfficialDocument Refusal(ApplicationDetails a) =>
        new(Institution, Number(a, "援不"), "不予法律援助决定书", clock.LocalDate(a.DecidedAt!.Value))
        {
            Addressee = $"{a.Applicant.Name}：",
            Paragraphs =
            [
                $"你于{Date(a.ReceivedAt)}{(a.Referral is { } r ? $"经{r.ReferringAgencyName}转介" : string.Empty)}申请法律援助，请求事项：{Claims(a)}；对方当事人：{a.EmployerName}。",
                $"经审查，{a.RefusalReason}",
                $"根据{Law}第四十三条第一款的规定，本中心决定不予法律援助。",
                $"你对本决定有异议的，可以向设立本中心的司法行政部门提出，司法行政部门应当自收到异议之日起五日内进行审查，作出维持或者责令本中心改正的决定（{Law}第四十九条）。",
            ],
        };

    private OfficialDocument Assignment(ApplicationDetails a) =>
        new(Institution, Number(a, "援指"), "指派通知书", clock.LocalDate(a.AssignedAt!.Value))
        {
            Addressee = $"{a.LawFirm}、{a.LawyerName}：",
            Paragraphs =
            [
                $"本中心{(a.AdvanceAidAt is not null && a.DecidedAt is null ? "决定先行提供法律援助（" + Law + "第四十四条）" : "已决定给予" + a.Applicant.Name + "法律援助")}，受援人{a.Applicant.Name}与{a.EmployerName}劳动争议一案，请求事项：{Claims(a)}。",
                $"根据{Law}第四十三条第一款的规定，现指派{a.LawyerName}为受援人提供法律援助（代理劳动争议调解、仲裁及诉讼）。",
                $"请自收到本通知书之日起及时与受援人联系，依法履行职责，维护受援人合法权益；办理过程中不得收取受援人任何财物（第五十二条）。受援人联系电话：{a.Applicant.Phone}。",
            ],
            CopyTo = a.Applicant.Name,
        };

    private OfficialDocument Materials(ApplicationDetails a)
    {
        var items = (a.MissingMaterials ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var paragraphs = new List<string>
        {
            $"你于{Date(a.ReceivedAt)}申请法律援助。经审查，你提交的材料不齐全，请补充以下材料：",
        };
        paragraphs.AddRange(items.Select((item, i) => $"{i + 1}. {item}"));
        paragraphs.Add($"请于{OfficialDocument.FormatDate(a.SupplementDueOn!.Value)}前补充上述材料。以上为需补充的全部材料，本中心一次性告知。");
        paragraphs.Add($"逾期未补充的，视为撤回申请（{Law}第四十三条第二款）。");
        return new(Institution, Number(a, "援补"), "补充材料一次性告知书", clock.LocalDate(a.MaterialsNoticeAt!.Value))
        {
            Addressee = $"{a.Applicant.Name}：",
            Paragraphs = paragraphs,
        };
    }

    private static string Number(ApplicationDetails a, string word) =>
        $"{word}〔{a.ReceivedAt.Year}〕{a.LinkageNumber.Split('-')[^1].TrimStart('0')}号";

    private string Date(DateTimeOffset instant) => OfficialDocument.FormatDate(clock.LocalDate(instant));

    private static string Claims(ApplicationDetails a) => string.Join("、", a.Claims.Select(c => c.Amount is { } amount ? $"{c.KindName}{amount:0.##}元" : c.KindName));
}

internal sealed class DocumentEndpoints : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}/documents/{kind}.docx", async (Guid id, string kind, ApplicationDocuments documents, CancellationToken ct) =>
        {
            if (ApplicationDocuments.FromSlug(kind) is not { } documentKind)
            {
                return Results.NotFound();
            }

            var document = await documents.BuildAsync(id, documentKind, ct);
            return Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: OfficialDocumentDocx.ContentType);
}
