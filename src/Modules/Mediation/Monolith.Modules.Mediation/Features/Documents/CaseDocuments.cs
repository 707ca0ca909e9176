using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Mediation.Features.Cases;

namespace Monolith.Modules.Mediation.Features.Documents;

internal enum CaseDocumentKind
{
    /// <summary>调解协议书.</summary>
    Agreement = 1,

    /// <summary>履行告知书.</summary>
    FulfilmentNotice = 2,

    /// <summary>调解终结书.</summary>
    Termination = 3,
}

/// <summary>
/// The case's documents as <see cref="OfficialDocument"/>s, from the case as its staff see it (<see cref="GetCaseQuery"/>,
/// an audited read): printed from the browser (<see cref="OfficialDocumentHtml"/>) or downloaded for Word
/// (<see cref="OfficialDocumentDocx"/>). A document exists once its step has happened; before that, 404.
/// </summary>
internal sealed class CaseDocuments(IMediator mediator, DeploymentClock clock)
{
    private const string Law = "《中华人民共和国劳动争议调解仲裁法》";

    public static string Slug(CaseDocumentKind kind) => kind switch
    {
        CaseDocumentKind.Agreement => "agreement",
        CaseDocumentKind.FulfilmentNotice => "fulfilment-notice",
        CaseDocumentKind.Termination => "termination",
        _ => kind.ToString(),
    };

    public static CaseDocumentKind? FromSlug(string? slug) =>
        Enum.GetValues<CaseDocumentKind>().Cast<CaseDocumentKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);

    public async Task<OfficialDocument> BuildAsync(Guid caseId, CaseDocumentKind kind, CancellationToken cancellationToken)
    {
        var details = await mediator.Send(new GetCaseQuery(caseId), cancellationToken);
        return kind switch
        {
            CaseDocumentKind.Agreement when details.Agreement is not null => Agreement(details),
            CaseDocumentKind.FulfilmentNotice when details.HasFulfilmentNotice => FulfilmentNotice(details),
            CaseDocumentKind.Termination when details.HasTermination => Termination(details),
            _ => throw new NotFoundException("文书", $"{caseId}/{Slug(kind)}"),
        };
    }

    private OfficialDocument Agreement(CaseDetails c)
    {
        var agreement = c.Agreement!;
        var paragraphs = new List<string>
        {
            $"申请人与被申请人因{Matters(c)}发生劳动争议，申请人于{OfficialDocument.FormatDate(clock.LocalDate(c.ReceivedAt))}向{c.OrganisationName}申请调解。经调解，双方当事人自愿达成如下协议：",
        };
        var terms = Lines(agreement.Terms);
        paragraphs.AddRange(terms.Select((line, i) => $"{Ordinal(i + 1)}、{line}"));
        if (agreement.AgreedAmount is { } amount)
        {
            paragraphs.Add($"{Ordinal(terms.Count + 1)}、被申请人于{OfficialDocument.FormatDate(agreement.PerformanceDueDate)}前，以{agreement.PerformanceMethod}方式向申请人支付人民币{Money(amount)}元。");
        }
        else
        {
            paragraphs.Add($"{Ordinal(terms.Count + 1)}、上述义务于{OfficialDocument.FormatDate(agreement.PerformanceDueDate)}前以{agreement.PerformanceMethod}方式履行完毕。");
        }

        paragraphs.Add($"本协议自双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效，对双方当事人具有约束力（{Law}第十四条第二款）。");
        paragraphs.Add("协议生效后，双方当事人可以自协议生效之日起十五日内共同向劳动人事争议仲裁委员会申请仲裁审查确认（《劳动人事争议仲裁办案规则》第七十四条），或者自协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。");
        paragraphs.Add($"一方当事人在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁（第十五条）；因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成的调解协议，用人单位在约定期限内不履行的，劳动者可以持本协议书依法向人民法院申请支付令（第十六条）。");
        paragraphs.Add("本协议书一式三份，双方当事人各执一份，调解组织留存一份。");
        paragraphs.Add($"申请人（签名）：{c.Applicant.Name}　　　　{SignedOn(agreement.WorkerSignedOn)}");
        paragraphs.Add($"被申请人（盖章）：{c.Respondent.Name}　　　　{SignedOn(agreement.EmployerSignedOn)}");
        paragraphs.Add($"调解员（签名）：{c.MediatorName}");
        return new OfficialDocument(c.OrganisationName!, c.AgreementNumber, "劳动争议调解协议书", agreement.EffectiveOn ?? agreement.DraftedOn)
        {
            Fields = Parties(c),
            Paragraphs = paragraphs,
        };
    }

    private OfficialDocument FulfilmentNotice(CaseDetails c)
    {
        var agreement = c.Agreement!;
        var obligation = agreement.AgreedAmount is { } amount
            ? $"以{agreement.PerformanceMethod}方式向{c.Applicant.Name}支付人民币{Money(amount)}元"
            : $"以{agreement.PerformanceMethod}方式履行协议约定的义务";
        return new OfficialDocument(c.OrganisationName!, c.NoticeNumber, "调解协议履行告知书", clock.LocalDate(agreement.NoticeIssuedAt!.Value))
        {
            Addressee = $"{c.Respondent.Name}、{c.Applicant.Name}：",
            Paragraphs =
            [
                $"你们于{OfficialDocument.FormatDate(agreement.EffectiveOn!.Value)}经本组织调解达成的调解协议（{c.AgreementNumber}）已经生效，对双方具有约束力。",
                $"根据协议，{c.Respondent.Name}应当于{OfficialDocument.FormatDate(agreement.PerformanceDueDate)}前{obligation}。协议内容：{string.Join("；", Lines(agreement.Terms))}。",
                "请双方当事人按照协议约定的期限和方式全面履行。",
                $"一方当事人在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁（{Law}第十五条）；就支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项，用人单位在约定期限内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令（第十六条）。",
                "履行期限届满后，本组织将进行回访，了解协议履行情况。",
                "特此告知。",
            ],
        };
    }

    private OfficialDocument Termination(CaseDetails c) => new(
        c.OrganisationName ?? MediationModule.Descriptor.AgencyName, c.TerminationNumber, "调解终结书", clock.LocalDate(c.ConcludedAt!.Value))
    {
        Fields = Parties(c),
        Paragraphs =
        [
            $"申请人{c.Applicant.Name}与被申请人{c.Respondent.Name}因{Matters(c)}发生劳动争议，申请人于{OfficialDocument.FormatDate(clock.LocalDate(c.ReceivedAt))}申请调解。",
            $"{c.FailureText}{(c.EndNote is null ? string.Empty : "（" + c.EndNote + "）")}，本组织决定终结调解。",
            $"根据{Law}第十四条第三款、第五条的规定，当事人可以依法向劳动人事争议仲裁委员会申请仲裁。",
            "特此告知。",
        ],
    };

    private static List<DocumentField> Parties(CaseDetails c) =>
    [
        new("申请人", $"{c.Applicant.Name}，居民身份证号{c.Applicant.ResidentIdNumber}，联系电话{c.Applicant.Phone}"),
        new("被申请人", $"{c.Respondent.Name}，统一社会信用代码{c.Respondent.CreditCode}"),
        new("调解员", c.MediatorName ?? string.Empty),
        new("联动编号", c.LinkageNumber),
    ];

    private static string Matters(CaseDetails c) => string.Join("、", c.Claims.Select(x => x.KindName).Distinct());

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string SignedOn(DateOnly? date) => date is { } d ? OfficialDocument.FormatDate(d) : "　　年　　月　　日";

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>GET /api/mediation/cases/{id}/documents/{kind}.docx: the Word file of one of the case's documents.</summary>
internal sealed class CaseDocumentEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}/documents/{kind}.docx", async (Guid id, string kind, CaseDocuments documents, CancellationToken ct) =>
        {
            var documentKind = CaseDocuments.FromSlug(kind) ?? throw new NotFoundException("文书", kind);
            var document = await documents.BuildAsync(id, documentKind, ct);
            return Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: OfficialDocumentDocx.ContentType);
}
