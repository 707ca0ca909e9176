using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Monolith.BuildingBlocks.Application;
using Monolith.BuildingBlocks.Documents;
using Monolith.BuildingBlocks.Time;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Inspection.Domain;
using Monolith.Modules.Inspection.Persistence;

namespace Monolith.Modules.Inspection.Features.Documents;

/// <summary>The notices a case produces.</summary>
internal enum CaseDocumentKind
{
    /// <summary>投诉受理告知书.</summary>
    Acceptance,

    /// <summary>投诉不予受理告知书.</summary>
    NonAcceptance,

    /// <summary>立案审批表.</summary>
    FilingApproval,

    /// <summary>责令改正（限期支付）通知书, one per order.</summary>
    Order,

    /// <summary>调查询问通知书, one per inquiry.</summary>
    Inquiry,
}

/// <summary>
/// A notice of the case in the official layout (<see cref="OfficialDocument"/>), printed from the page or downloaded as
/// Word. A notice exists once the act it records was done (e.g. the acceptance notice after acceptance); otherwise 404.
/// Names the workers: audited as a read of personal data.
/// </summary>
internal sealed record CaseDocumentQuery(Guid CaseId, CaseDocumentKind Kind, Guid? ItemId = null) : IQuery<OfficialDocument>, IPersonalDataQuery
{
    string IPersonalDataQuery.AuditSubject => CaseId.ToString();
}

internal sealed class CaseDocumentHandler(InspectionDbContext db, DeploymentClock clock, IOptions<InspectionOptions> options, IOptions<DeploymentOptions> deployment)
    : IRequestHandler<CaseDocumentQuery, OfficialDocument>
{
    public async Task<OfficialDocument> Handle(CaseDocumentQuery request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking()
            .Include(x => x.Workers)
            .Include(x => x.Orders)
            .Include(x => x.Inquiries)
            .Include(x => x.ArbitrationReferrals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException("监察案件", request.CaseId);
        var issuer = options.Value.IssuingBody ?? $"{deployment.Value.CityName}人力资源和社会保障局";
        return request.Kind switch
        {
            CaseDocumentKind.Acceptance => Acceptance(c, issuer),
            CaseDocumentKind.NonAcceptance => NonAcceptance(c, issuer),
            CaseDocumentKind.FilingApproval => FilingApproval(c, issuer),
            CaseDocumentKind.Order => Order(c, issuer, c.Orders.SingleOrDefault(o => o.Id == request.ItemId) ?? throw Missing("责令改正通知书")),
            CaseDocumentKind.Inquiry => Inquiry(c, issuer, c.Inquiries.SingleOrDefault(i => i.Id == request.ItemId) ?? throw Missing("调查询问通知书")),
            _ => throw Missing(request.Kind.ToString()),
        };
    }

    private OfficialDocument Acceptance(InspectionCase c, string issuer)
    {
        if (c.AcceptanceNumber is null || c.Workers.Count == 0)
        {
            throw Missing("受理告知书");
        }

        var decided = clock.LocalDate(c.AcceptanceDecidedAt!.Value);
        return new OfficialDocument(issuer, c.AcceptanceNumber, "劳动保障监察投诉受理告知书", decided)
        {
            Addressee = Complainants(c) + "：",
            Paragraphs =
            [
                $"你（们）于{Date(clock.LocalDate(c.ReceivedAt))}反映{c.Employer.Name}{InspectionText.Category(c.Category)}一事，经审查，符合《关于实施〈劳动保障监察条例〉若干规定》第十八条第一款规定的受理条件，本机关决定予以受理，并于{Date(decided)}立案调查（立案号：{c.FilingNumber}）。",
                "本机关将自立案之日起六十个工作日内完成调查；案情复杂的，经批准可以延长三十个工作日（《劳动保障监察条例》第十七条）。调查期间，请你（们）配合提供相关证据材料。",
                $"你（们）向本机关投诉之日（{Date(clock.LocalDate(c.ReceivedAt))}），依《劳动争议调解仲裁法》第二十七条第二款属于向有关部门请求权利救济，劳动争议仲裁时效可自该日起中断。",
                "特此告知。",
            ],
        };
    }

    private OfficialDocument NonAcceptance(InspectionCase c, string issuer)
    {
        if (c.NonAcceptanceNumber is null || c.Workers.Count == 0)
        {
            throw Missing("不予受理告知书");
        }

        var decided = clock.LocalDate(c.AcceptanceDecidedAt!.Value);
        var basis = c.NonAcceptanceGround == NonAcceptanceGround.DisputeProcedure
            ? "《劳动保障监察条例》第二十一条第二款"
            : c.NonAcceptanceGround == NonAcceptanceGround.LookBackExpired
                ? "《劳动保障监察条例》第二十条和《关于实施〈劳动保障监察条例〉若干规定》第十八条第二款"
                : "《关于实施〈劳动保障监察条例〉若干规定》第十八条";
        List<string> paragraphs =
        [
            $"你（们）于{Date(clock.LocalDate(c.ReceivedAt))}反映{c.Employer.Name}{InspectionText.Category(c.Category)}一事，经审查，{InspectionText.Ground(c.NonAcceptanceGround!.Value)}，根据{basis}的规定，本机关决定不予受理。",
            $"理由：{c.NonAcceptanceReason}",
        ];
        if (c.Guidance != Guidance.None)
        {
            var commission = c.Guidance == Guidance.Arbitration && options.Value.ArbitrationCommissionName is { } name ? $"（{name}）" : string.Empty;
            paragraphs.Add($"请你（们）依法{InspectionText.Guidance(c.Guidance)}{commission}。{c.GuidanceNote}");
        }

        if (c.ArbitrationReferrals.Count > 0)
        {
            paragraphs.Add("经劳动者同意，本机关已将有关情况通过联动机制转送劳动人事争议仲裁委员会，请劳动者持本告知书和身份证件前往确认仲裁申请。");
        }

        paragraphs.Add("如不服本决定，可以自收到本告知书之日起六十日内依法申请行政复议，或者自收到之日起六个月内依法提起行政诉讼。");
        return new OfficialDocument(issuer, c.NonAcceptanceNumber, "劳动保障监察投诉不予受理告知书", decided)
        {
            Addressee = Complainants(c) + "：",
            Paragraphs = paragraphs,
        };
    }

    private OfficialDocument FilingApproval(InspectionCase c, string issuer)
    {
        if (c.FilingNumber is null)
        {
            throw Missing("立案审批表");
        }

        var decided = clock.LocalDate(c.AcceptanceDecidedAt!.Value);
        return new OfficialDocument(issuer, c.FilingNumber, "劳动保障监察立案审批表", decided)
        {
            Sealed = false,
            Fields =
            [
                new("联动编号", c.LinkageNumber),
                new("案件来源", $"{InspectionText.Kind(c.Kind)}（{InspectionText.Channel(c.Channel)}）{(c.ChannelReference is null ? string.Empty : "，" + c.ChannelReference)}"),
                new("案由", InspectionText.Category(c.Category)),
                new("投诉（举报）人", c.Workers.Count == 0 ? "匿名" : Complainants(c)),
                new("被投诉（举报）单位", c.Employer.Name),
                new("统一社会信用代码", c.Employer.CreditCode ?? string.Empty),
                new("单位地址", c.Employer.Address ?? string.Empty),
                new("所在区县", Districts.Name(c.DivisionCode, deployment.Value.DivisionCode)),
                new("主要违法事实", c.Facts),
                new("涉及金额（元）", c.AmountInvolved is { } amount ? amount.ToString("N2", CultureInfo.InvariantCulture) : string.Empty),
                new("收到日期", Date(clock.LocalDate(c.ReceivedAt))),
                new("承办人意见", $"经审查，本案符合立案条件，建议立案调查。\n承办人：{c.AcceptanceDecidedBy}　{Date(decided)}"),
                new("负责人审批意见", string.Empty),
            ],
        };
    }

    private OfficialDocument Order(InspectionCase c, string issuer, RectificationOrder o)
    {
        List<string> paragraphs =
        [
            $"经查，你单位存在{InspectionText.Category(c.Category)}的违法行为：{c.Facts}",
            $"根据《劳动保障监察条例》第二十六条等规定，现责令你单位于{Date(o.DueDate)}前（{o.PeriodDays}日内）改正：{o.Requirements}"
                + (o.Amount is { } amount ? $"，向劳动者支付{amount.ToString("N2", CultureInfo.InvariantCulture)}元" : string.Empty) + "，并将改正情况书面报送本机关。",
        ];
        if (o.Kind == OrderKind.Payment)
        {
            paragraphs.Add("逾期不支付的，本机关将依法责令你单位按应付金额50%以上1倍以下的标准计算，向劳动者加付赔偿金。");
        }

        paragraphs.Add("逾期不改正的，本机关将依法予以处理。");
        return new OfficialDocument(issuer, o.Number, "劳动保障监察" + InspectionText.Order(o.Kind), clock.LocalDate(o.IssuedAt))
        {
            Addressee = EmployerAddressee(c),
            Paragraphs = paragraphs,
        };
    }

    private OfficialDocument Inquiry(InspectionCase c, string issuer, InquiryNotice i)
    {
        var appear = clock.ToLocal(i.AppearAt);
        List<string> paragraphs =
        [
            $"因调查你单位涉嫌{InspectionText.Category(c.Category)}一案（立案号：{c.FilingNumber}），根据《劳动保障监察条例》第十五条的规定，请你单位法定代表人或者委托代理人于{appear.Year}年{appear.Month}月{appear.Day}日{appear:HH:mm}到{i.Place}接受调查询问，并提供下列材料：",
        ];
        paragraphs.AddRange(i.Materials.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((m, n) => $"{n + 1}. {m}"));
        paragraphs.Add("委托代理人应当携带授权委托书和身份证件。无正当理由拒不接受调查询问或者拒不提供有关材料的，本机关将依照《劳动保障监察条例》第三十条的规定处理。");
        return new OfficialDocument(issuer, i.Number, "劳动保障监察调查询问通知书", clock.LocalDate(i.IssuedAt))
        {
            Addressee = EmployerAddressee(c),
            Paragraphs = paragraphs,
        };
    }

    private static string Complainants(InspectionCase c)
    {
        var workers = c.Workers.OrderBy(w => w.Position).ToList();
        return workers.Count switch
        {
            0 => "举报人",
            1 => workers[0].Name,
            _ => $"{workers[0].Name}等{workers.Count}名劳动者",
        };
    }

    private static string EmployerAddressee(InspectionCase c) =>
        c.Employer.CreditCode is { } code ? $"{c.Employer.Name}（统一社会信用代码：{code}）：" : $"{c.Employer.Name}：";

    private static string Date(DateOnly date) => OfficialDocument.FormatDate(date);

    private static NotFoundException Missing(string what) => new("文书", what);
}

internal sealed class CaseDocumentEndpoint : IModuleEndpoint
{
    /// <summary>The notice as a printable page (default) or as Word (?format=docx).</summary>
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases/{id:guid}/documents/{kind}", async (Guid id, CaseDocumentKind kind, Guid? item, string? format, IMediator mediator, CancellationToken ct) =>
        {
            var document = await mediator.Send(new CaseDocumentQuery(id, kind, item), ct);
            return string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase)
                ? Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName)
                : Results.Content(OfficialDocumentHtml.Render(document), "text/html; charset=utf-8");
        }).Produces(StatusCodes.Status200OK, responseType: null, "text/html", OfficialDocumentDocx.ContentType);
}
