namespace Airspace.Feeds.Tests.Files;

/// <summary>Tests that measure the process's allocations run alone, so other tests do not add to what they count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "Allocation";
}
