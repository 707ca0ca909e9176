using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MediatR;
using Monolith.BuildingBlocks;
using Monolith.BuildingBlocks.Modules;
using Monolith.BuildingBlocks.Web;
using Monolith.Modules.Sample.Features.OpenMatter;
using Monolith.Modules.Sample.Persistence;

namespace Monolith.Modules.Sample;

internal sealed record OpenMatterBody(string? Title);

/// <summary>示例模块, a test fixture. The module's only public type.</summary>
public sealed class SampleModule : IModule
{
    /// <summary>The module's one staff role.</summary>
    internal const string Role = "SampleClerk";

    public static readonly ModuleInfo Descriptor = new("Sample", "sample", "示例模块", "示例机构")
    {
        LinkageCode = "YP",
        Roles = [new(Role, "示例经办人")],
        Navigation =
        [
            new(Role, "示例事项", "/Sample", "登记示例事项，生成联动编号并开始计算答复期限"),
        ],
        DemoAccounts = [new("sample", Role)],
    };

    /// <summary>The message of the sample's deliberate defect, which must reach the log and never the response.</summary>
    public const string FailureMessage = "示例故障：连接串 Server=db01;Password=秘密";

    public ModuleInfo Info => Descriptor;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<SampleDbContext>(Info, typeof(SampleModule).Assembly);
        services.AddModulePages(Info);
    }

    /// <summary>/api/sample: open a matter; its deadlines come with the module API.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapModuleApi<SampleDbContext>(Info);
        api.MapPost("/matters", async (OpenMatterBody body, IMediator mediator, CancellationToken ct) =>
        {
            var opened = await mediator.Send(new OpenMatterCommand(body.Title), ct);
            return Results.Created($"/api/sample/matters/{opened.Id}", opened);
        });

        // A defect on purpose: how the service answers and logs an exception nothing expected (ErrorHandlingTests).
        api.MapGet("/failure", string () => throw new InvalidOperationException(FailureMessage));
    }
}
