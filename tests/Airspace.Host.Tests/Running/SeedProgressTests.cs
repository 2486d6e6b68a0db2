using Airspace.Host.Seeding;

namespace Airspace.Host.Tests.Running;

public sealed class SeedProgressTests
{
    [Fact]
    public void Progress_StoredNameAndValues_AreThoseEarlierReleasesAndTheDemoMigrationRead()
    {
        // Schema migration 'demo' marks a store seeded when the "seed" row is above 0; a rename would reseed old stores.
        Assert.Equal("seed", SampleSeeder.Progress.Name);
        Assert.Equal(0, SampleSeeder.Progress.ToStored(SeedProgress.NotStarted));
        Assert.Equal(1, SampleSeeder.Progress.ToStored(SeedProgress.Started));
        Assert.Equal(2, SampleSeeder.Progress.ToStored(SeedProgress.Done));
    }
}
