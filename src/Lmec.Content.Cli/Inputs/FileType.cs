using System.Runtime.InteropServices;

namespace Lmec.Content.Cli.Inputs;

/// <summary>
/// Tells a regular file from a pipe, socket or device before it is opened: opening a FIFO waits for a writer
/// that may never come, and reading a terminal waits for a person. .NET reports all of them as
/// <see cref="FileAttributes.Normal"/> (dotnet/runtime#62868), so the type is read with <c>stat</c> through the
/// runtime's own native shim, whose file status has one layout on every Unix (the mode is the second 32-bit field,
/// its type bits normalised to the POSIX values).
/// </summary>
internal static partial class FileType
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    // The runtime's status record is about 130 bytes; room to spare keeps a later runtime that adds fields safe.
    private const int StatusSize = 512;

    /// <summary>Says whether a path, following links, names a regular file (or cannot be examined, which opening it will report).</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="false"/> for a pipe, socket or device.</returns>
    public static bool IsRegularOrUnknown(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var status = new byte[StatusSize];
        try
        {
            if (Stat(path, status) != 0)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }

        var mode = MemoryMarshal.Read<int>(status.AsSpan(sizeof(int)));
        return (mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
