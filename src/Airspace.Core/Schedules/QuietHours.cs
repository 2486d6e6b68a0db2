namespace Airspace.Core.Schedules;

/// <summary>
/// A daily window of local time in which alerts are held (<c>22:00-06:00</c>). <see cref="End"/> before
/// <see cref="Start"/> crosses midnight; the start is inside the window, the end is not.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly time) =>
        Start <= End ? time >= Start && time < End : time >= Start || time < End;

    public override string ToString() => $"{ScheduleText.Format(Start)}-{ScheduleText.Format(End)}";
}
