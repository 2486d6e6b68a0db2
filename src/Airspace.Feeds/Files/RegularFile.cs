using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Airspace.Feeds.Files;

/// <summary>
/// Opens an article file only when it is a plain regular file. Whoever can write to the inbox must not be able to
/// make the bot read what they cannot: a symbolic link (to /etc/passwd or the token file) or a hard link to a file
/// the bot can read is refused, and a FIFO, socket or device is refused without ever being opened for a blocking read
/// (a FIFO would stall the whole inbox until someone wrote to it). On Linux the checks use <c>statx</c> before the
/// open, <c>open(O_NOFOLLOW | O_NONBLOCK)</c>, and <c>statx</c> on the opened descriptor, so swapping the entry between
/// check and open gains nothing. .NET has no no-follow open and no link count, hence the libc calls.
/// </summary>
internal static partial class RegularFile
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const int ORdOnly = 0;
    private const int ONoCtty = 0x100;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;
    private const int ELoop = 40;
    private const int ENoEnt = 2;
    private const int EAccess = 13;
    private const int LockShared = 1;
    private const int LockNoBlock = 4;

    // O_NOFOLLOW is 0400000 on x86/x64 and 0100000 on Arm (asm-generic).
    private static readonly int ONoFollow =
        RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>
    /// Opens <paramref name="path"/> for reading, or throws <see cref="ArticleFormatException"/> saying why it is
    /// refused. <paramref name="followLink"/>: a symbolic link is followed (the operator named it on the command line)
    /// and a hard-linked file accepted; only regular files are opened either way.
    /// </summary>
    public static FileStream OpenRead(string path, bool followLink)
    {
        if (!OperatingSystem.IsLinux())
        {
            return OpenManaged(path, followLink);
        }

        var before = Stat(AtFdCwd, path, followLink ? 0 : AtSymlinkNoFollow)
            ?? throw Missing(Marshal.GetLastPInvokeError(), path);
        CheckKind(before, followLink);

        var fd = Open(path, ORdOnly | ONoCtty | ONonBlock | OCloExec | (followLink ? 0 : ONoFollow));
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno == ELoop ? new ArticleFormatException(SymlinkReason) : Missing(errno, path);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var after = Stat(fd, "", AtEmptyPath) ?? throw new IOException($"could not check the opened file (errno {Marshal.GetLastPInvokeError()})");
            CheckKind(after, followLink);
            if (after.Inode != before.Inode || after.DeviceMajor != before.DeviceMajor || after.DeviceMinor != before.DeviceMinor)
            {
                throw new ArticleFormatException("was replaced while it was being opened; try again");
            }

            // As FileStream does: a writer holding an exclusive lock is still busy with the file (IOException: retry later).
            if (FLock(fd, LockShared | LockNoBlock) != 0)
            {
                throw new IOException($"the file is locked by another process (errno {Marshal.GetLastPInvokeError()})");
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public const string SymlinkReason =
        "is a symbolic link; the inbox imports regular files only (copy the file in instead of linking it)";

    private static void CheckKind(FileStat stat, bool followLink)
    {
        var reason = (stat.Mode & 0xF000) switch
        {
            0x8000 => !followLink && stat.Links > 1
                ? $"has {stat.Links} hard links; a file is imported only when the inbox holds its one link (copy it in instead)"
                : null,
            0xA000 => SymlinkReason,
            0x4000 => "is a directory, not a file",
            0x1000 => "is a named pipe (FIFO), not a regular file",
            0xC000 => "is a socket, not a regular file",
            0x2000 or 0x6000 => "is a device, not a regular file",
            _ => "is not a regular file",
        };
        if (reason is not null)
        {
            throw new ArticleFormatException(reason);
        }
    }

    private static Exception Missing(int errno, string path) => errno switch
    {
        ENoEnt => new FileNotFoundException("file not found", path),
        EAccess => new UnauthorizedAccessException("access denied"),
        _ => new ArticleFormatException($"could not be opened (errno {errno})"),
    };

    /// <summary>Elsewhere (Windows, macOS) only links are refused; the supported deployment is Linux.</summary>
    private static FileStream OpenManaged(string path, bool followLink)
    {
        var info = new FileInfo(path);
        if (!followLink && info.LinkTarget is not null)
        {
            throw new ArticleFormatException(SymlinkReason);
        }

        if (Directory.Exists(path))
        {
            throw new ArticleFormatException("is a directory, not a file");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
    }

    private static FileStat? Stat(int dirFd, string path, int flags)
    {
        // struct statx is the same on every Linux architecture (unlike struct stat): 256 bytes, fields at fixed offsets.
        var buffer = new byte[256];
        if (StatX(dirFd, path, flags, StatxBasicStats, buffer) != 0)
        {
            return null;
        }

        return new FileStat(
            Links: BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(16)),
            Mode: BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)),
            Inode: BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32)),
            DeviceMajor: BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)),
            DeviceMinor: BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140)));
    }

    private sealed record FileStat(uint Links, ushort Mode, ulong Inode, uint DeviceMajor, uint DeviceMinor);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int FLock(int fd, int operation);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatX(int dirFd, string path, int flags, uint mask, [Out] byte[] buffer);
}
