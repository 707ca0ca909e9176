using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Monolith.Host.Tests.MultiHost;

/// <summary>
/// The service as a separate operating-system process (<c>dotnet Monolith.Host.dll</c>, the build in this test's own
/// output folder), on a free port, with its settings on the command line; waited for until /health answers; its
/// output kept for the test to read. Disposing kills it.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output;

    private HostProcess(string name, Process process, ConcurrentQueue<string> output, Uri baseAddress, TimeSpan startUp)
    {
        Name = name;
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
        StartUp = startUp;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>From process start until /health first answered 200.</summary>
    public TimeSpan StartUp { get; }

    /// <summary>Every line the process wrote to stdout and stderr so far.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>The Host assembly this test project was built with (the test project references src/Host).</summary>
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Monolith.Host.dll");

    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(HostDll);
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        info.ArgumentList.Add($"--urls={baseAddress.ToString().TrimEnd('/')}");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var output = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {HostDll}");
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                throw new InvalidOperationException(
                    $"host {name} exited with {process.ExitCode} before it was healthy:\n{string.Join('\n', output.TakeLast(60))}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return new HostProcess(name, process, output, baseAddress, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        throw new TimeoutException($"host {name} was not healthy within {timeout.TotalSeconds:0} s:\n{string.Join('\n', output.TakeLast(60))}");
    }

    /// <summary>Stops the process (SIGKILL: the test has read what it needs, and nothing it checks depends on a clean stop).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
