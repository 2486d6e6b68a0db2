namespace Airspace.Host.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some input was rejected (a file, a line, an address); the rest was processed.</summary>
    public const int InputError = 1;
    public const int Configuration = 2;
    /// <summary><c>health</c>: no fresh heartbeat; any verb: the store stayed locked by another process past Airspace:Storage:BusyTimeout.</summary>
    public const int Unhealthy = 3;
    /// <summary>A platform adapter could not start (bad token, …); the reason was printed.</summary>
    public const int PlatformStartup = 4;
    public const int Cancelled = 130;
}
