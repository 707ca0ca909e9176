using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.Modules.Arbitration.Domain;
using Monolith.Modules.Arbitration.Features.ReferToLegalAid;
using Monolith.Modules.Arbitration.Features.RegisterApplication;
using Monolith.Modules.Arbitration.Persistence;

namespace Monolith.Modules.Arbitration;

/// <summary>
/// Three demo applications of fake workers, registered through the module's own commands so they carry linkage
/// numbers and deadlines; the first came through the linkage mechanism (a linkage case, same-day filing under the local
/// policy) and is referred to legal aid, so the reviewer has something to decide. Off with `Demo:SampleCases=false`
/// (accounts and roster only).
/// </summary>
internal sealed class ArbitrationDemoData : IDemoDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var wanted = services.GetRequiredService<IConfiguration>().GetValue("Demo:SampleCases", defaultValue: true);
        if (!wanted || await services.GetRequiredService<ArbitrationDbContext>().Applications.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var fake = new FakeIdentity(20);
        var claims = new[]
        {
            new ClaimInput(ClaimType.UnpaidWages, 18_600m, "2026年7月至9月工资"),
            new ClaimInput(ClaimType.EconomicCompensation, 9_300m, null),
            new ClaimInput(ClaimType.LabourRelationConfirmation, null, null),
        };
        var registered = new List<RegisteredApplication>();
        for (var i = 0; i < claims.Length; i++)
        {
            registered.Add(await mediator.Send(
                new RegisterApplicationCommand(
                    new WorkerInput(fake.PersonName(), fake.ResidentIdNumber(), fake.MobileNumber(), IsMigrantWorker: i == 0),
                    new EmployerInput(fake.EmployerName(), fake.CreditCode()),
                    [claims[i]],
                    i == 0 ? ApplicationChannel.Linkage : ApplicationChannel.Direct),
                cancellationToken));
        }

        await mediator.Send(new ReferToLegalAidCommand(registered[0].Id, ConsentGiven: true, WorkerHasNoAgent: true, EconomicHardshipStated: true), cancellationToken);
    }
}
