using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Monolith.BuildingBlocks.Application;

namespace Monolith.BuildingBlocks.Web;

/// <summary>
/// Reads the <c>Idempotency-Key</c> header of API writes into the request's <see cref="IdempotencyKey"/> (ADR 0036): a
/// malformed key is a 400 naming the header, before anything runs; a repeat answered from its first run carries
/// <c>Idempotent-Replayed: true</c>.
/// </summary>
public static class IdempotencyKeys
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (ErrorPages.IsApi(request) && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            && request.Headers.TryGetValue(IdempotencyKey.Header, out var values))
        {
            if (values.Count != 1 || !IdempotencyKey.IsWellFormed(values[0]))
            {
                throw RequestValidationException.For(IdempotencyKey.Header, $"幂等键应为1至{IdempotencyKey.MaxLength}个可见ASCII字符（如 UUID），每个请求只发送一个。");
            }

            var key = context.RequestServices.GetRequiredService<IdempotencyKey>();
            key.Set(values[0]!);
            context.Response.OnStarting(() =>
            {
                if (key.Replayed)
                {
                    context.Response.Headers[ReplayedHeader] = "true";
                }

                return Task.CompletedTask;
            });
        }

        await next(context);
    });
}
