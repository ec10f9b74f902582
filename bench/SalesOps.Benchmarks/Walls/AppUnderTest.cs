using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SalesOps.Benchmarks.Walls;

/// <summary>
/// The dashboard as its own process, as it runs in production: a Release publish, started with <c>dotnet</c> on a
/// loopback port with an embedded SQLite file that gets the demo company on first start. Its memory and CPU are the
/// ones measured, so nothing of the benchmark runs inside it.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppUnderTest(Process process, StreamWriter log, Uri baseUrl, string databaseFile)
    {
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
        DatabaseFile = databaseFile;
    }

    public Uri BaseUrl { get; }

    public string DatabaseFile { get; }

    public int ProcessId => _process.Id;

    /// <summary>Publishes src/SalesOps.Dashboard in Release into <paramref name="directory"/>; returns the app's dll.</summary>
    public static async Task<string> PublishAsync(string repositoryRoot, string directory)
    {
        var project = Path.Combine(repositoryRoot, "src", "SalesOps.Dashboard", "SalesOps.Dashboard.csproj");
        Console.WriteLine($"Publishing {project} (Release) to {directory}");
        var (exitCode, output) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", directory, "-v", "q", "-nologo"], repositoryRoot);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({exitCode}):\n{output}");
        }

        return Path.Combine(directory, "SalesOps.Dashboard.dll");
    }

    /// <summary>Starts the published app and waits until /healthz answers (the first start seeds the demo company).</summary>
    public static async Task<AppUnderTest> StartAsync(string appDll, string workDirectory, int? port)
    {
        var chosenPort = port ?? FreePort();
        var baseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{chosenPort}/"));
        var database = Path.Combine(workDirectory, "salesops.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            appDll, "--urls", baseUrl.ToString().TrimEnd('/'), "--ConnectionStrings:SalesOps", $"Data Source={database}",
            "--Database:Provider", "Sqlite", "--Seed:Demo", "true",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var log = new StreamWriter(Path.Combine(workDirectory, "app.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppUnderTest(process, log, baseUrl, database);
        Console.WriteLine($"Started the app (pid {process.Id}) on {baseUrl}; log in {Path.Combine(workDirectory, "app.log")}");
        await app.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5));
        return app;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} before it answered; see its log.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  healthy after {clock.Elapsed.TotalSeconds:N0} s");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy seeding
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"The app did not answer /healthz within {limit.TotalSeconds:N0} s.");
    }

    /// <summary>The process's CPU time so far (user + system, all threads).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>
    /// Waits until the app has finished its start-up work (health history, usage detection): until its CPU use stays
    /// under <paramref name="percentOfOneCore"/> for a whole <paramref name="window"/>, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<TimeSpan> WaitUntilQuietAsync(double percentOfOneCore, TimeSpan window, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var before = CpuTime();
            await Task.Delay(window);
            var used = (CpuTime() - before).TotalMilliseconds / window.TotalMilliseconds * 100;
            if (used < percentOfOneCore)
            {
                return clock.Elapsed;
            }
        }

        Console.WriteLine($"  the app did not become quiet within {limit.TotalSeconds:N0} s; measuring anyway");
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: a graceful stop, as a service manager would.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
