using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Monolith.Host.Tests.Infrastructure;

/// <summary>
/// The test server has no network connection, so no client address: this puts one on every request, before the
/// service's own middleware (forwarded headers, rate limiter) sees it. By default the loopback (a reverse proxy on the
/// same machine, which the service trusts); a test acting from elsewhere sends <see cref="Header"/>.
/// </summary>
public sealed class ClientAddressFromTestHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var address)
                ? IPAddress.Parse(address.ToString())
                : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient From(HttpClient client, string address)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
