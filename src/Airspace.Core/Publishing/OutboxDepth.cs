namespace Airspace.Core.Publishing;

/// <summary>Pending deliveries of one platform: how many, and when the oldest of them was planned.</summary>
public sealed record OutboxDepth(string Platform, long Pending, DateTimeOffset OldestCreatedAt);
