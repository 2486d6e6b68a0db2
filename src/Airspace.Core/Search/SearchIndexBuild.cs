namespace Airspace.Core.Search;

/// <summary>
/// The progress of building this replica's search index from the store (a new replica, or a deleted index folder):
/// while <see cref="IsBuilding"/>, searches answer from the articles indexed so far and say so
/// (<c>search.indexBuilding</c>). Shown on <c>/healthz</c> too.
/// </summary>
public sealed class SearchIndexBuild
{
    private readonly System.Threading.Lock _gate = new();
    private bool _building;
    private long _indexed;
    private long _total;

    /// <summary>True while the index is being built batch by batch and holds only part of the store.</summary>
    public bool IsBuilding
    {
        get
        {
            lock (_gate)
            {
                return _building;
            }
        }
    }

    /// <summary>Articles indexed so far and articles in the store when the build began.</summary>
    public (long Indexed, long Total) Progress
    {
        get
        {
            lock (_gate)
            {
                return (_indexed, _total);
            }
        }
    }

    /// <summary>
    /// Awaited after each committed batch of a build, with the progress so far (null: nothing). Tests hold a build
    /// here to see what a search answers halfway, without sleeping.
    /// </summary>
    public Func<(long Indexed, long Total), CancellationToken, Task>? AfterBatch { get; set; }

    /// <summary>Another process is building the index this one reads (the bot, beside a CLI verb): shows its progress here.</summary>
    public void Seen(long indexed, long total)
    {
        lock (_gate)
        {
            _building = true;
            _indexed = indexed;
            _total = Math.Max(total, indexed);
        }
    }

    internal void Start(long total)
    {
        lock (_gate)
        {
            _building = true;
            _indexed = 0;
            _total = total;
        }
    }

    internal (long Indexed, long Total) Add(int count)
    {
        lock (_gate)
        {
            _indexed += count;
            _total = Math.Max(_total, _indexed);
            return (_indexed, _total);
        }
    }

    internal void Finish()
    {
        lock (_gate)
        {
            _building = false;
        }
    }
}
