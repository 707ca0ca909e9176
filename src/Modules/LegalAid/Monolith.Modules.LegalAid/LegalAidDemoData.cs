using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Demo;
using Monolith.Modules.LegalAid.Domain;
using Monolith.Modules.LegalAid.Persistence;

namespace Monolith.Modules.LegalAid;

/// <summary>A demo roster of fake lawyers, so a reviewer can grant aid in the embedded default.</summary>
internal sealed class LegalAidDemoData : IDemoDataSeeder
{
    private static readonly string[] Firms = ["江西正源律师事务所（演示）", "江西明衡律师事务所（演示）", "南昌市法律援助中心（演示）"];

    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<LegalAidDbContext>();
        if (await db.Lawyers.AnyAsync(cancellationToken))
        {
            return;
        }

        var fake = new FakeIdentity(4);
        var time = services.GetRequiredService<TimeProvider>();
        for (var i = 0; i < 4; i++)
        {
            db.Lawyers.Add(new Lawyer(Guid.CreateVersion7(time.GetUtcNow()), fake.PersonName(), Firms[i % Firms.Length], fake.MobileNumber()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
