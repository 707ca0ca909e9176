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

namespace Monolith.Modules.Arbitration.Features.ArbitrationReview;

/// <summary>
/// The review's document as an <see cref="OfficialDocument"/>: the 仲裁调解书 made on a confirmed agreement, or the written
/// notice of non-confirmation (with the ground and reason) or of a late application. 404 while the review is pending.
/// </summary>
internal sealed class ReviewDocuments(IMediator mediator, DeploymentClock clock, IOptions<ArbitrationOptions> options, IOptions<DeploymentOptions> deployment)
{
    public const string Slug = "decision";

    private string Commission => options.Value.Commission(deployment.Value.CityName);

    public async Task<OfficialDocument> BuildAsync(Guid id, string slug, CancellationToken cancellationToken)
    {
        if (slug != Slug)
        {
            throw new NotFoundException("文书", slug);
        }

        var r = await mediator.Send(new GetReviewQuery(id), cancellationToken);
        if (r.DecidedAt is not { } decidedAt)
        {
            throw new NotFoundException("文书", $"{id}/{slug}");
        }

        var decidedOn = clock.LocalDate(decidedAt);
        var applied = OfficialDocument.FormatDate(clock.LocalDate(r.AppliedAt));
        var agreement = $"经{r.MediatingOrganisation}调解达成的调解协议（{r.AgreementNumber}，{OfficialDocument.FormatDate(clock.LocalDate(r.AgreementEffectiveAt))}生效）";
        if (r.Status == AgreementReviewStatus.Confirmed)
        {
            var paragraphs = new List<string>
            {
                $"申请人：{r.WorkerName}；{r.EmployerName}。",
                $"双方当事人于{applied}共同申请对{agreement}进行仲裁审查。本委依照《劳动人事争议仲裁办案规则》第七十四条至第七十八条进行了审查，认为该调解协议系双方当事人自愿达成，内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益或者他人合法权益，予以确认。",
                "双方当事人达成的协议内容如下：",
                r.AgreementTerms,
            };
            if (r.AgreedAmount is { } amount)
            {
                paragraphs.Add($"用人单位向劳动者支付人民币{amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}元。");
            }

            paragraphs.Add("本调解书经双方当事人签收后，发生法律效力（《中华人民共和国劳动争议调解仲裁法》第四十二条第三款）。一方当事人逾期不履行的，另一方当事人可以依照民事诉讼法的有关规定向人民法院申请执行（第五十一条）。");
            return new OfficialDocument(Commission, r.DocumentNumber!, "仲裁调解书", decidedOn) { Paragraphs = paragraphs, Signature = Commission };
        }

        var reason = r.Status == AgreementReviewStatus.RefusedAsLate ? r.Reason : $"{r.GroundName}。{r.Reason}";
        return new OfficialDocument(Commission, $"联动编号{r.LinkageNumber}", "不予确认调解协议通知书", decidedOn)
        {
            Addressee = $"{r.WorkerName}、{r.EmployerName}：",
            Paragraphs =
            [
                $"你们于{applied}共同申请对{agreement}进行仲裁审查。经审查，本委决定不予确认，不予制作调解书。",
                $"理由：{reason}",
                "当事人可以就该劳动争议事项依法申请劳动争议仲裁（《中华人民共和国劳动争议调解仲裁法》第五条）。",
            ],
        };
    }
}

/// <summary>GET /api/arbitration/reviews/{id}/documents/decision.docx: the Word file of the review's decision.</summary>
internal sealed class ReviewDocumentEndpoint : IModuleEndpoint
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/reviews/{id:guid}/documents/{kind}.docx", async (Guid id, string kind, ReviewDocuments documents, CancellationToken ct) =>
        {
            var document = await documents.BuildAsync(id, kind, ct);
            return Results.File(OfficialDocumentDocx.Write(document), OfficialDocumentDocx.ContentType, document.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: OfficialDocumentDocx.ContentType);
}
