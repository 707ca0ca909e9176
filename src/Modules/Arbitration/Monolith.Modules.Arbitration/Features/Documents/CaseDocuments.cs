using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.GetApplication;
using Monolith.Modules.Arbitration.Features.GetCase;

namespace Monolith.Modules.Arbitration.Features.Documents;

internal enum CaseDocumentKind
{
    /// <summary>受理通知书.</summary>
    AcceptanceNotice = 1,

    /// <summary>不予受理通知书.</summary>
    RejectionNotice = 2,

    /// <summary>一次性告知书 (仲裁庭组成、答辩、举证、开庭).</summary>
    OneTimeNotice = 3,

    /// <summary>开庭通知书, of the hearing numbered in the slug ("hearing-notice-2").</summary>
    HearingNotice = 4,

    /// <summary>仲裁裁决书, of the award numbered in the slug ("award-1").</summary>
    Award = 5,

    /// <summary>仲裁调解书 (cover).</summary>
    MediationStatement = 6,

    /// <summary>仲裁建议书 and the other letters, numbered in the slug ("letter-1").</summary>
    Letter = 7,
}

/// <summary>
/// The case's documents as <see cref="OfficialDocument"/>s, built from the case as the clerk sees it (audited reads), for
/// the printable page (<see cref="OfficialDocumentHtml"/>) and the Word download (<see cref="OfficialDocumentDocx"/>).
/// A document exists once its step has happened; before that, 404.
/// </summary>
internal sealed class CaseDocuments(IMediator mediator, DeploymentClock clock, IOptions<ArbitrationOptions> options, IOptions<DeploymentOptions> deployment)
{
    private const string Law = "《中华人民共和国劳动争议调解仲裁法》";

    private static readonly (CaseDocumentKind Kind, string Slug)[] Slugs =
    [
        (CaseDocumentKind.AcceptanceNotice, "acceptance-notice"),
        (CaseDocumentKind.RejectionNotice, "rejection-notice"),
        (CaseDocumentKind.OneTimeNotice, "one-time-notice"),
        (CaseDocumentKind.HearingNotice, "hearing-notice"),
        (CaseDocumentKind.Award, "award"),
        (CaseDocumentKind.MediationStatement, "mediation-statement"),
        (CaseDocumentKind.Letter, "letter"),
    ];

    private string Commission => options.Value.Commission(deployment.Value.CityName);

    public static string Slug(CaseDocumentKind kind, int? number = null) =>
        Slugs.Single(s => s.Kind == kind).Slug + (number is { } n ? "-" + n.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>"award-2" → (Award, 2); "acceptance-notice" → (AcceptanceNotice, null); unknown → null.</summary>
    public static (CaseDocumentKind Kind, int? Number)? Parse(string? slug)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        foreach (var (kind, name) in Slugs)
        {
            if (slug == name)
            {
                return (kind, null);
            }

            if (slug.StartsWith(name + "-", StringComparison.Ordinal)
                && int.TryParse(slug.AsSpan(name.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                return (kind, n);
            }
        }

        return null;
    }

    public async Task<OfficialDocument> BuildAsync(Guid id, string slug, CancellationToken cancellationToken)
    {
        var parsed = Parse(slug) ?? throw new NotFoundException("文书", slug);
        var details = await mediator.Send(new GetApplicationQuery(id), cancellationToken);
        var c = await mediator.Send(new GetCaseQuery(id), cancellationToken);
        var missing = new NotFoundException("文书", $"{id}/{slug}");
        return parsed switch
        {
            (CaseDocumentKind.AcceptanceNotice, null) when c.CaseNumber is not null => AcceptanceNotice(details, c),
            (CaseDocumentKind.RejectionNotice, null) when details.Status == ApplicationStatus.Rejected => RejectionNotice(details),
            (CaseDocumentKind.OneTimeNotice, null) when details.Notice is not null => OneTimeNotice(details, c),
            (CaseDocumentKind.HearingNotice, { } n) when c.Hearings.SingleOrDefault(h => h.Ordinal == n) is { } hearing => HearingNotice(c, hearing),
            (CaseDocumentKind.Award, { } n) when c.Awards.SingleOrDefault(a => a.Ordinal == n) is { } award => Award(details, c, award),
            (CaseDocumentKind.MediationStatement, null) when c.Mediation is not null => MediationStatement(details, c),
            (CaseDocumentKind.Letter, { } n) when c.Letters.SingleOrDefault(l => l.Ordinal == n) is { } letter => Letter(c, letter),
            _ => throw missing,
        };
    }

    private OfficialDocument AcceptanceNotice(ApplicationDetails d, CaseView c) => new(Commission, c.CaseNumber!, "受理通知书", c.AcceptedOn!.Value)
    {
        Addressee = $"{d.Applicant.Name}：",
        Paragraphs =
        [
            $"你（单位）于{Date(d.ReceivedAt)}提出的与{d.Respondent.Name}{Matters(c)}劳动争议仲裁申请，经审查，符合受理条件，本委决定予以受理（{Law}第二十九条）。",
            $"本案案号为{c.CaseNumber}，联动编号{c.LinkageNumber}。仲裁请求：{string.Join("；", c.Claims.Select(Claim))}。",
            "本委将在受理之日起五日内将仲裁申请书副本送达被申请人，并书面通知仲裁庭的组成情况。请按照通知的期限提交证据，按时参加庭审。",
            "仲裁庭裁决劳动争议案件，应当自本委受理仲裁申请之日起四十五日内结束；案情复杂需要延期的，经本委主任批准，可以延期并书面通知当事人，但延长期限不得超过十五日（第四十三条第一款）。",
        ],
    };

    private OfficialDocument RejectionNotice(ApplicationDetails d) => new(Commission, $"联动编号{d.LinkageNumber}", "不予受理通知书", clock.LocalDate(d.AcceptanceDecidedAt!.Value))
    {
        Addressee = $"{d.Applicant.Name}：",
        Paragraphs =
        [
            $"你于{Date(d.ReceivedAt)}提出的与{d.Respondent.Name}的劳动争议仲裁申请，经审查，本委决定不予受理。",
            $"理由：{d.RejectionReason}",
            $"对本委不予受理的决定不服的，你可以就该劳动争议事项自收到本通知书之日起向人民法院提起诉讼（{Law}第二十九条）。",
        ],
    };

    private OfficialDocument OneTimeNotice(ApplicationDetails d, CaseView c)
    {
        var notice = d.Notice!;
        return new OfficialDocument(Commission, c.CaseNumber!, "一次性告知书", clock.LocalDate(notice.IssuedAt))
        {
            Addressee = $"申请人{d.Applicant.Name}、被申请人{d.Respondent.Name}：",
            Paragraphs =
            [
                $"本委受理的{d.Applicant.Name}与{d.Respondent.Name}劳动争议一案（{c.CaseNumber}），现将仲裁庭组成、答辩、举证、开庭等事项一次性告知如下（{Law}第三十条、第三十二条、第三十五条；南昌市劳动者维权联动方案 三(五)）：",
                $"一、仲裁庭组成：{notice.Arbitrators}。当事人认为仲裁员有应当回避情形的，有权在开庭前提出回避申请（第三十三条）。",
                $"二、答辩：被申请人应于{Day(notice.DefenceDueDate)}前提交答辩书；逾期未提交的，不影响仲裁程序的进行。",
                $"三、举证：双方当事人应于{Day(notice.EvidenceDueDate)}前提交证据；与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供（第六条）。",
                $"四、开庭：定于{Time(notice.HearingAt)}在{notice.HearingPlace}开庭。当事人有正当理由的，可以在开庭三日前请求延期开庭；申请人无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请，被申请人无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（第三十五条、第三十六条）。",
            ],
        };
    }

    private OfficialDocument HearingNotice(CaseView c, HearingView h) => new(Commission, c.CaseNumber!, "开庭通知书", clock.LocalDate(h.NotifiedAt))
    {
        Addressee = $"申请人{c.ApplicantName}、被申请人{c.RespondentName}：",
        Paragraphs =
        [
            $"本委受理的{c.ApplicantName}与{c.RespondentName}劳动争议一案（{c.CaseNumber}），定于{Time(h.StartsAt)}在{h.Room}开庭审理（第{h.Ordinal}次开庭）。",
            "请准时到庭，并携带身份证明、证据原件及委托手续。",
            $"当事人有正当理由的，可以在开庭三日前（本次开庭为{Day(h.PostponementCutoff)}前）请求延期开庭，是否延期由本委决定（{Law}第三十五条）。",
            "申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以视为撤回仲裁申请；被申请人收到书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，可以缺席裁决（第三十六条）。",
        ],
    };

    private OfficialDocument Award(ApplicationDetails d, CaseView c, AwardView award)
    {
        var decided = c.Claims.Where(x => award.ClaimOrdinals.Contains(x.Ordinal)).ToList();
        var paragraphs = new List<string>
        {
            $"申请人：{d.Applicant.Name}。被申请人：{d.Respondent.Name}，统一社会信用代码{d.Respondent.CreditCode}。",
            $"申请人与被申请人劳动争议一案，本委于{Day(c.AcceptedOn!.Value)}受理。{(c.Simplified is null ? "本案依法组成仲裁庭" : "本案依法简易处理")}，现已审理终结{(award.IsPartial ? "部分事实" : string.Empty)}。",
            $"本庭认为：{award.Reasoning}",
            award.IsPartial
                ? $"仲裁庭对其中一部分事实已经清楚的，依据{Law}第四十三条第二款，先行裁决如下："
                : $"依据{Law}第四十三条，裁决如下：",
        };
        paragraphs.AddRange(decided.Select((x, i) => $"{Ordinal(i + 1)}、{ItemText(x)}"));
        paragraphs.Add(award.ClassificationSummary);
        paragraphs.Add(award.IsFinalAward
            ? $"劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼（第四十八条）；用人单位有证据证明本裁决有第四十九条规定情形之一的，可以自收到本裁决书之日起三十日内向本委所在地的中级人民法院申请撤销裁决。"
            : $"当事人对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，本裁决书发生法律效力（第五十条）。");
        if (decided.Any(x => x.AdvanceExecution))
        {
            paragraphs.Add($"本裁决第{string.Join("、", decided.Select((x, i) => (x, i)).Where(p => p.x.AdvanceExecution).Select(p => Ordinal(p.i + 1)))}项先予执行，移送人民法院执行（第四十四条）。");
        }

        return new OfficialDocument(Commission, award.Number, award.IsPartial ? "仲裁裁决书（先行裁决）" : "仲裁裁决书", award.DecidedOn)
        {
            Paragraphs = paragraphs,
            Signature = $"{Commission}仲裁庭",
        };
    }

    private OfficialDocument MediationStatement(ApplicationDetails d, CaseView c)
    {
        var m = c.Mediation!;
        var paragraphs = new List<string>
        {
            $"申请人：{d.Applicant.Name}。被申请人：{d.Respondent.Name}，统一社会信用代码{d.Respondent.CreditCode}。",
            $"申请人与被申请人劳动争议一案（{c.CaseNumber}），本委于{Day(c.AcceptedOn!.Value)}受理。经仲裁庭主持调解，双方当事人自愿达成如下协议：",
            m.Terms,
        };
        if (m.Amount is { } amount)
        {
            paragraphs.Add($"被申请人向申请人支付人民币{Money(amount)}元。");
        }

        paragraphs.Add($"本调解书经双方当事人签收后，发生法律效力（{Law}第四十二条第三款）。");
        return new OfficialDocument(Commission, m.Number, "仲裁调解书", m.MadeOn) { Paragraphs = paragraphs, Signature = $"{Commission}仲裁庭" };
    }

    private OfficialDocument Letter(CaseView c, LetterView l) => new(Commission, l.Number, l.KindName, clock.LocalDate(l.IssuedAt))
    {
        Addressee = $"{c.RespondentName}：",
        Paragraphs =
        [
            $"本委在办理{c.ApplicantName}与你单位劳动争议一案（{c.CaseNumber}）中发现：{l.Findings}",
            $"依据{l.LegalBasis}，建议：{l.Requests}",
            "请你单位自收到本建议书之日起三十日内将整改落实情况书面反馈本委。",
        ],
    };

    private static string Claim(CaseClaim c) =>
        $"{Ordinal(c.Ordinal)}、{c.TypeName}{(c.Amount is { } a ? $"人民币{Money(a)}元" : string.Empty)}{(string.IsNullOrEmpty(c.Description) ? string.Empty : $"（{c.Description}）")}";

    private static string ItemText(CaseClaim c) => c.Outcome switch
    {
        ClaimOutcome.Dismissed => $"驳回申请人关于{c.TypeName}的仲裁请求。",
        _ when c.AwardedAmount is > 0 => $"被申请人于本裁决生效之日起五日内支付申请人{c.TypeName}人民币{Money(c.AwardedAmount.Value)}元。",
        _ => $"支持申请人关于{c.TypeName}的仲裁请求{(string.IsNullOrEmpty(c.Description) ? string.Empty : $"（{c.Description}）")}。",
    };

    private static string Matters(CaseView c) => string.Join("、", c.Claims.Select(x => x.TypeName).Distinct());

    private string Date(DateTimeOffset at) => Day(clock.LocalDate(at));

    private static string Day(DateOnly date) => OfficialDocument.FormatDate(date);

    private string Time(DateTimeOffset at)
    {
        var local = clock.ToLocal(at);
        return $"{Day(DateOnly.FromDateTime(local.DateTime))}{local.Hour.ToString(CultureInfo.InvariantCulture)}时{local.Minute.ToString("00", CultureInfo.InvariantCulture)}分";
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Ordinal(int n) => n switch
    {
        1 => "一", 2 => "二", 3 => "三", 4 => "四", 5 => "五", 6 => "六", 7 => "七", 8 => "八", 9 => "九", 10 => "十",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>GET /api/arbitration/applications/{id}/documents/{kind}.docx: the Word file of one of the case's documents.</summary>
internal sealed class CaseDocumentEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/applications/{id:guid}/documents/{kind}.docx", async (Guid id, string kind, CaseDocuments documents, CancellationToken ct) =>
        {
            var document = await documents.BuildAsync(id, kind, ct);
            return Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: OfficialDocumentDocx.ContentType);
}
