namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// Cookies carried by hand from one host's answers to another host's requests, as a browser does when a reverse proxy
/// sends its next request to a different host.
/// </summary>
internal sealed class Cookies
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string? this[string name] => values.GetValueOrDefault(name);

    /// <summary>Takes every cookie the answer sets (name=value; attributes are irrelevant here), replacing older values.</summary>
    public void Take(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            return;
        }

        foreach (var setCookie in setCookies)
        {
            var pair = setCookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            values[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
    }

    /// <summary>A request carrying the cookies in its Cookie header.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.RelativeOrAbsolute)) { Content = content };
        if (values.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", values.Select(v => $"{v.Key}={v.Value}")));
        }

        return request;
    }
}
