namespace Airspace.Storage.Sqlite.Tests;

public sealed class DataFolderLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _folder;

    public DataFolderLockTests()
    {
        _folder = _temp.Combine("data");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TryAcquire_FolderAlreadyOwned_RefusesNamingTheFolderAndTheOwner()
    {
        Assert.True(DataFolderLock.TryAcquire(_folder, out var owner, out _));
        using (owner)
        {
            Assert.False(DataFolderLock.TryAcquire(_folder, out var second, out var refusal));

            Assert.Null(second);
            Assert.Contains($"'{_folder}'", refusal, StringComparison.Ordinal);
            Assert.Contains($"pid {Environment.ProcessId}", refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryAcquire_OwnerGone_TakesTheFolder()
    {
        Assert.True(DataFolderLock.TryAcquire(_folder, out var first, out _));
        first.Dispose();

        Assert.True(DataFolderLock.TryAcquire(_folder, out var second, out var refusal));
        second.Dispose();
        Assert.Null(refusal);
    }

    [Fact]
    public void TryAcquireDatabase_DatabaseOwnedFromAnotherFolder_RefusesNamingTheDatabaseAndTheOwner()
    {
        var database = Path.Combine(_folder, "shared", "airspace.db");
        Assert.True(DataFolderLock.TryAcquire(_folder, out var folder, out _));
        Assert.True(DataFolderLock.TryAcquireDatabase(database, out var owner, out _));
        using (folder)
        using (owner)
        {
            Assert.True(DataFolderLock.TryAcquire(_folder + "-other", out var otherFolder, out _));
            otherFolder.Dispose();

            Assert.False(DataFolderLock.TryAcquireDatabase(database, out var second, out var refusal));

            Assert.Null(second);
            Assert.Contains($"database '{database}'", refusal, StringComparison.Ordinal);
            Assert.Contains($"pid {Environment.ProcessId}", refusal, StringComparison.Ordinal);
        }
    }
}
