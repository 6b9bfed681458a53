using System.Runtime.InteropServices;

namespace DataPlatform.Infrastructure;

/// <summary>
/// Everything the service creates (the database with its password and API-key hashes, its journal
/// files, the signing key, uploaded files, temporary files) is readable and writable by the service's
/// own user only: the process runs with umask 077, which also covers the files SQLite creates itself.
/// Files from before this rule are tightened by <see cref="DataDirectory"/>. On Windows, files take
/// the access rules of their folder.
/// </summary>
public static partial class OwnerOnlyFiles
{
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode Folder = File | UnixFileMode.UserExecute;

    public static void Apply()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetUmask(0b000_111_111);
        }
    }

    /// <summary>Tightens an existing file or folder that an earlier version created with wider permissions; false when it belongs to another user.</summary>
    public static bool Restrict(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows() || !Path.Exists(path) || (System.IO.File.GetUnixFileMode(path) & ~mode) == 0)
        {
            return true;
        }

        try
        {
            System.IO.File.SetUnixFileMode(path, mode);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "umask")]
    private static partial uint SetUmask(uint mask);
}
