using System.Diagnostics;
using System.Text;

namespace Airspace.Host.Tests.Support;

/// <summary>The real <c>airspace run</c> as a separate process on its own data folder; stdout is captured.</summary>
public sealed class RunningBot : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly Lock _gate = new();

    public RunningBot(string workingDirectory, string data)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "airspace.dll"));
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(data);
        start.Environment["Airspace__Publisher__PollInterval"] = "00:00:00.2";
        Process = Process.Start(start)!;
        Process.OutputDataReceived += (_, e) =>
        {
            lock (_gate)
            {
                _stdout.AppendLine(e.Data);
            }
        };
        Process.ErrorDataReceived += (_, _) => { };
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Process.WaitForExitAsync(bound.Token);
        return Process.ExitCode;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }
}
