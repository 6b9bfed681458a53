namespace DataPlatform.Infrastructure.Errors;

/// <summary>The disk (or the database's) is full: 507, and nothing the request wrote is kept.</summary>
public static class StorageFull
{
    // ENOSPC and EDQUOT (Linux 28 and 122, macOS 28 and 69); Windows ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL.
    private static readonly int[] DiskFullCodes = [28, 122, 69, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    public const string Message = "The server has no space left to store this; nothing was kept. Ask the operator to free disk space, then try again.";

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, is a write that failed because the disk is full.</summary>
    public static bool IsDiskFull(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException && DiskFullCodes.Contains(exception.HResult))
            {
                return true;
            }
        }

        return false;
    }
}
