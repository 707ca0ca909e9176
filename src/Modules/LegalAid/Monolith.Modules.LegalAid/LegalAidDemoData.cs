using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.BuildingBlocks.Time;
using Monolith.Modules.LegalAid.Contracts;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Features.CaseWork;
using Monolith.Modules.LegalAid.Features.Decide;
using Monolith.Modules.LegalAid.Features.Intake;
using Monolith.Modules.LegalAid.Features.Lawyers;
using Monolith.Modules.LegalAid.Features.Materials;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

/// <summary>
/// A demo roster of fake lawyers (one declared as acting for an employer, to show the conflict check), and four direct
/// applications through the module's own commands: one pending review, one awaiting materials, one granted and assigned,
/// one closed and followed up. Fake people only.
/// </summary>
internal sealed class LegalAidDemoData : IDemoDataSeeder
{
    private static readonly string[] Firms = ["江西正源律师事务所（演示）", "江西明衡律师事务所（演示）", "南昌市法律援助中心（演示）"];

    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<LegalAidDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        if (!await db.Lawyers.AnyAsync(cancellationToken))
        {
            var fake = new FakeIdentity(4);
            for (var i = 0; i < 4; i++)
            {
                db.Lawyers.Add(new Lawyer(Guid.CreateVersion7(time.GetUtcNow()), fake.PersonName(), Firms[i % Firms.Length], fake.MobileNumber()));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (await db.Applications.AnyAsync(a => a.Referral == null, cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var clock = services.GetRequiredService<DeploymentClock>();
        var lawyers = await db.Lawyers.AsNoTracking().OrderBy(l => l.Firm).ThenBy(l => l.Name).Select(l => l.Id).ToListAsync(cancellationToken);
        var people = new FakeIdentity(40);
        SubmitApplicationCommand Application(bool migrant, decimal? income, params LabourClaimKind[] kinds) => new(
            ApplicationChannel.Window, people.PersonName(), people.ResidentIdNumber(), people.MobileNumber(), migrant, people.EmployerName(), people.CreditCode(),
            [.. kinds.Select(k => new ClaimInput(k, k == LabourClaimKind.LabourRemuneration ? 8_600m : null, k == LabourClaimKind.LabourRemuneration ? "2025年10月至12月工资" : null))],
            EconomicHardshipStated: true, income);

        await mediator.Send(Application(true, null, LabourClaimKind.LabourRemuneration), cancellationToken);

        var waiting = await mediator.Send(Application(false, null, LabourClaimKind.SocialInsuranceBenefits) with { Channel = ApplicationChannel.Online }, cancellationToken);
        await mediator.Send(new RequestMaterialsCommand(waiting.Id, "家庭经济状况说明\n社会保险缴费记录", clock.Today.AddDays(10)), cancellationToken);

        var conflicted = Application(true, null, LabourClaimKind.LabourRemuneration, LabourClaimKind.LabourRelationConfirmation);
        var granted = await mediator.Send(conflicted, cancellationToken);
        await mediator.Send(new DeclareEngagementCommand(lawyers[0], conflicted.EmployerName, conflicted.EmployerCreditCode, "常年法律顾问（演示）"), cancellationToken);
        await mediator.Send(new GrantLegalAidCommand(granted.Id, null, null), cancellationToken);

        var closed = await mediator.Send(Application(false, 1200m, LabourClaimKind.WorkInjury), cancellationToken);
        await mediator.Send(new GrantLegalAidCommand(closed.Id, lawyers[^1], null), cancellationToken);
        await mediator.Send(new RecordRepresentationCommand(closed.Id, RepresentationStage.Arbitration, "南昌市劳动人事争议仲裁院（演示）", "演示仲案〔2026〕1号", clock.Today, "代理出庭，当庭调解"), cancellationToken);
        await mediator.Send(new CloseCaseCommand(closed.Id, "仲裁调解结案，用人单位已一次性支付工伤待遇（演示）"), cancellationToken);
        await mediator.Send(new RecordSatisfactionCommand(closed.Id, 5, "很满意（演示）"), cancellationToken);
    }
}
