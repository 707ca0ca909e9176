using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Monolith.Bench;

/// <summary>A service under test as a child process: started, waited for until /health answers, measured, killed.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dll;
    private bool disposed;

    private ServiceProcess(Process process, string dll, string baseUrl, TimeSpan startUp)
    {
        this.process = process;
        this.dll = dll;
        BaseUrl = baseUrl;
        StartUp = startUp;
    }

    public string BaseUrl { get; }

    /// <summary>From process start until /health first answered 200.</summary>
    public TimeSpan StartUp { get; }

    public static async Task<ServiceProcess> StartAsync(string dll, IEnumerable<string> arguments, IDictionary<string, string> environment)
    {
        dll = Path.GetFullPath(dll);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add($"--urls={baseUrl}");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {dll}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && (e.Data.Contains("fail:", StringComparison.Ordinal) || e.Data.Contains("Exception", StringComparison.Ordinal)))
            {
                Console.Error.WriteLine($"  [{Path.GetFileNameWithoutExtension(dll)}] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited with {process.ExitCode} before it was healthy");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{baseUrl}/health"));
                if (response.IsSuccessStatusCode)
                {
                    return new ServiceProcess(process, dll, baseUrl, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(20);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{dll} was not healthy within 3 minutes");
    }

    /// <summary>Resident set size now and at its peak (Linux /proc), in MiB.</summary>
    public (double Current, double Peak) MemoryMiB()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        double Read(string key) => double.Parse(
            status.Single(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    /// <summary>
    /// SIGKILL to the service itself (Process.Kill sends SIGKILL on Linux; no shutdown hook runs) and waits until it is
    /// gone. The child is <c>dotnet &lt;dll&gt;</c>, which runs the app in its own process, so this pid is the service;
    /// checked from /proc before the kill. Returns the pid.
    /// </summary>
    public int Kill()
    {
        var pid = process.Id;
        var commandLine = File.Exists($"/proc/{pid}/cmdline") ? File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ') : "";
        if (!commandLine.Contains(dll, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"pid {pid} is not the service {dll}: {commandLine}");
        }

        process.Kill(entireProcessTree: false);
        process.WaitForExit();
        return pid;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
