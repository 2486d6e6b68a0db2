namespace Airspace.Benchmarks.Chat;

/// <summary>Private-command latency while another chat floods: milliseconds from the update to the reply.</summary>
public sealed record CommandFloodReport(int Samples, int FloodCommands, int GroupReplies, double P50, double P95, double Max, int TooManyRequests);
