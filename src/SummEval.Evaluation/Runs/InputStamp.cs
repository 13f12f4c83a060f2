using System.Security.Cryptography;
using System.Text;

namespace SummEval.Runs;

/// <summary>
/// Identifies the content of a summarizer's input files (<see cref="Summarizers.ISummarizerFactory.InputFiles"/>): a
/// file by the SHA-256 of its bytes, a folder (an exported model of many files) by each file's relative path, length and
/// last write time, a missing path as missing. Stored summaries computed from other inputs are stale, not reusable.
/// </summary>
public static class InputStamp
{
    /// <summary>A digest of <paramref name="paths"/>' content; empty when there are none.</summary>
    public static string Of(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            return string.Empty;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetFullPath(path)}\n"));
            if (File.Exists(path))
            {
                using var stream = File.OpenRead(path);
                hash.AppendData(SHA256.HashData(stream));
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var info = new FileInfo(file);
                    hash.AppendData(Encoding.UTF8.GetBytes($"{Path.GetRelativePath(path, file)} {info.Length} {info.LastWriteTimeUtc.Ticks}\n"));
                }
            }
            else
            {
                hash.AppendData("missing\n"u8);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
