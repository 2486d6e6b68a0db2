using System.Net;
using System.Net.Sockets;
using Airspace.Host.Tests.Support;
using Airspace.Testing;

namespace Airspace.Host.Tests.Cli;

/// <summary>`run` on a PostgreSQL store that cannot be reached: the store's one sentence, no hosting trace, no password.</summary>
public sealed class PostgresUnreachableRunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_PostgresUnreachable_OneSentenceWithoutTraceOrPassword()
    {
        var result = await Support.Cli.RunAsync(
            _temp.Path,
            [
                ("Airspace__Storage__Provider", "Postgres"),
                ("Airspace__Storage__ConnectionString", $"Host=127.0.0.1;Port={ClosedPort()};Database=airspace;Username=u;Password=hunter2;Timeout=3"),
            ],
            "run", "--data", _temp.Combine("data"));

        var output = result.Stdout + result.Stderr;
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is unavailable", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", output, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nobody listens on (bound, read, released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
