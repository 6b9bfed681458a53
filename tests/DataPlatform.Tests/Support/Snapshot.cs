using System.Text;

namespace DataPlatform.Tests.Support;

/// <summary>
/// Compares text with a checked-in file next to the calling test, under <c>Snapshots/</c>. A mismatch
/// fails with a line diff and writes <c>NAME.received.EXT</c> beside the snapshot; run the tests with
/// <c>DATAPLATFORM_ACCEPT_SNAPSHOTS=1</c> to accept the new text.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "DATAPLATFORM_ACCEPT_SNAPSHOTS";

    public static void Match(string actual, string fileName, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var path = Path.Combine(directory, fileName);
        var received = Path.Combine(directory, Path.GetFileNameWithoutExtension(fileName) + ".received" + Path.GetExtension(fileName));
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(path))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No snapshot at {path}; the current output is in {received}. Accept it with {AcceptVariable}=1 dotnet test DataPlatform.slnx");
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(
            $"{fileName} differs from its snapshot ({path}).{Environment.NewLine}{Diff(expected, actual)}{Environment.NewLine}" +
            $"The new output is in {received}. If the change is intended, accept it: {AcceptVariable}=1 dotnet test DataPlatform.slnx");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    /// <summary>A unified-style diff (longest common subsequence of lines), at most 80 changed lines.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        var shown = 0;
        int x = 0, y = 0;
        while ((x < a.Length || y < b.Length) && shown < 80)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                output.Append(System.Globalization.CultureInfo.InvariantCulture, $"+{y + 1,5}: {b[y]}\n");
                y++;
                shown++;
            }
            else
            {
                output.Append(System.Globalization.CultureInfo.InvariantCulture, $"-{x + 1,5}: {a[x]}\n");
                x++;
                shown++;
            }
        }

        return output.ToString();
    }
}
