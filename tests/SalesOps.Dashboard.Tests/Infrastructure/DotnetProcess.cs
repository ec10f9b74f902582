using System.Diagnostics;
using System.Text;

namespace SalesOps.Dashboard.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> host as a child process with its output captured.</summary>
public static class DotnetProcess
{
    /// <summary>Runs to completion; a process still running after <paramref name="timeout"/> is killed and reported as a failure.</summary>
    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(arguments, workingDirectory, environment, out var stdout, out var stderr);
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout}.\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}");
        }

        // WaitForExitAsync returns after the output streams are drained, so the buffers are complete.
        return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Starts a process and leaves it running; the caller owns (and must kill) it.</summary>
    public static Process Start(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment,
        out StringBuilder stdout, out StringBuilder stderr)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host runs in Development under WebApplicationFactory's settings; child processes start clean.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        stdout = output;
        stderr = error;
        return process;
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
