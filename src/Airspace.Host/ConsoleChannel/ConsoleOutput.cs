namespace Airspace.Host.ConsoleChannel;

/// <summary>The console channel's writer (stdout by default). Logs go to stderr, so stdout is only the channel.</summary>
public sealed class ConsoleOutput(TextWriter writer)
{
    private readonly Lock _gate = new();

    public void Write(string block)
    {
        lock (_gate)
        {
            writer.Write(block);
            writer.Flush();
        }
    }
}
