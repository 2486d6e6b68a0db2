namespace Airspace.Host.Seeding;

/// <summary>How far the demo seeding went (<see cref="SampleSeeder.Progress"/>); the numbers are stored.</summary>
public enum SeedProgress
{
    NotStarted = 0,
    Started = 1,
    Done = 2,
}
