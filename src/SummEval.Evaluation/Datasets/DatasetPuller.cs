using System.Security.Cryptography;
using System.Text;

namespace SummEval.Datasets;

/// <summary>
/// Fetches a manifest's upstream files (HTTP, or a local mirror folder), verifies their SHA-256, converts them to
/// canonical JSON Lines and stores both under the data folder. Files are written to a temporary name and renamed,
/// so an interrupted or failed pull never leaves a half-written file behind.
/// </summary>
public sealed class DatasetPuller(HttpClient http)
{
    private const int BufferSize = 81920;

    /// <summary>Pulls every file of <paramref name="manifest"/>.</summary>
    /// <param name="manifest">What to pull.</param>
    /// <param name="dataDirectory">Data folder (null: <see cref="DataFolder.Resolve"/>).</param>
    /// <param name="fromDirectory">Local mirror holding the upstream files; null downloads them.</param>
    /// <param name="mirrorUrl">Base URL serving the upstream files by name, used instead of the manifest's URLs.</param>
    /// <param name="progress">Progress reports, may be null.</param>
    /// <param name="cancellationToken">Cancels the pull; partial files are removed.</param>
    public async Task<IReadOnlyList<PulledFile>> PullAsync(
        DatasetManifest manifest,
        string? dataDirectory = null,
        string? fromDirectory = null,
        Uri? mirrorUrl = null,
        IProgress<PullProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var folder = DataFolder.DatasetDirectory(DataFolder.Resolve(dataDirectory), manifest.Name);
        var upstreamFolder = Path.Combine(folder, "upstream");
        Directory.CreateDirectory(upstreamFolder);
        var results = new List<PulledFile>();
        foreach (var file in manifest.Files)
        {
            var upstreamPath = Path.Combine(upstreamFolder, file.Upstream);
            var source = await FetchAsync(file, upstreamPath, fromDirectory, mirrorUrl, progress, cancellationToken);
            progress?.Report(new PullProgress(file.Upstream, "convert", new FileInfo(upstreamPath).Length, null));
            var outputPath = Path.Combine(folder, file.Output);
            var count = Convert(file, upstreamPath, outputPath);
            progress?.Report(new PullProgress(file.Upstream, "done", new FileInfo(upstreamPath).Length, null));
            results.Add(new PulledFile($"{manifest.Name}:{file.Split}", outputPath, count, file.Sha256, source));
        }

        return results;
    }

    /// <summary>
    /// Converts an upstream TSV to canonical JSON Lines (<c>{"id", then the manifest's fields}</c>, fields trimmed, ids
    /// <c>prefix0000</c> in line order) and returns the record count.
    /// </summary>
    public static int Convert(ManifestFile file, string upstreamPath, string outputPath)
    {
        if (!string.Equals(file.Format, "tsv", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatasetException(file.Upstream, null, null, $"unsupported upstream format '{file.Format}' in the manifest.");
        }

        var records = TsvRecordReader.Read(DatasetText.ReadFile(upstreamPath), upstreamPath, file.Columns);
        var builder = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var fields = new List<KeyValuePair<string, string>> { new("id", file.IdPrefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)) };
            foreach (var name in file.Fields)
            {
                var value = record.Fields.TryGetValue(name, out var raw) ? raw.Text!.Trim() : throw new DatasetException(upstreamPath, record.Line, name, "the manifest names a column the file does not have.");
                if (value.Length == 0)
                {
                    throw new DatasetException(upstreamPath, record.Line, name, "empty value.");
                }

                fields.Add(new(name, value));
            }

            builder.Append(CanonicalJsonLines.Line(fields)).Append('\n');
        }

        WriteAtomically(outputPath, Encoding.UTF8.GetBytes(builder.ToString()));
        return records.Count;
    }

    private async Task<string> FetchAsync(ManifestFile file, string target, string? fromDirectory, Uri? mirrorUrl, IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        if (File.Exists(target) && await HashFileAsync(target, cancellationToken) == file.Sha256)
        {
            progress?.Report(new PullProgress(file.Upstream, "cached", new FileInfo(target).Length, new FileInfo(target).Length));
            return target;
        }

        var url = mirrorUrl is null ? file.Url : new Uri(WithTrailingSlash(mirrorUrl), Uri.EscapeDataString(file.Upstream)).ToString();
        var temp = target + $".{Environment.ProcessId}.partial";
        try
        {
            string source;
            if (fromDirectory is not null)
            {
                source = FindInMirror(fromDirectory, file);
                await using var input = File.OpenRead(source);
                await CopyAsync(input, input.Length, temp, file.Upstream, "copy", progress, cancellationToken);
            }
            else
            {
                source = url;
                using var response = await http.GetAsync(source, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new DatasetException(source, null, null, $"download failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}. Check the network, or copy the files from a mirror with --from DIR.");
                }

                await using var input = await response.Content.ReadAsStreamAsync(cancellationToken);
                await CopyAsync(input, response.Content.Headers.ContentLength, temp, file.Upstream, "download", progress, cancellationToken);
            }

            progress?.Report(new PullProgress(file.Upstream, "verify", new FileInfo(temp).Length, null));
            var actual = await HashFileAsync(temp, cancellationToken);
            if (!string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new DatasetException(source, null, null, $"checksum mismatch for {file.Upstream}: expected sha256 {file.Sha256}, got {actual}. The file is corrupt or not the pinned upstream version; nothing was kept.");
            }

            File.Move(temp, target, overwrite: true);
            return source;
        }
        catch (HttpRequestException ex)
        {
            throw new DatasetException(url, null, null, $"download failed: {ex.Message}. Check the network, or copy the files from a mirror with --from DIR.", ex);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static Uri WithTrailingSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static string FindInMirror(string fromDirectory, ManifestFile file)
    {
        if (!Directory.Exists(fromDirectory))
        {
            throw new DatasetException(fromDirectory, null, null, "the --from folder does not exist.");
        }

        foreach (var candidate in new[] { Path.Combine(fromDirectory, file.Upstream), Path.Combine(fromDirectory, "upstream", file.Upstream) })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DatasetException(fromDirectory, null, null, $"{file.Upstream} is not in the --from folder (nor in its upstream/ subfolder).");
    }

    private static async Task CopyAsync(Stream input, long? total, string temp, string name, string stage, IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        var buffer = new byte[BufferSize];
        long copied = 0;
        progress?.Report(new PullProgress(name, stage, 0, total));
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
            progress?.Report(new PullProgress(name, stage, copied, total));
        }
    }

    private static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return System.Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it into place.</summary>
    internal static void WriteAtomically(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + $".{Environment.ProcessId}.partial";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover .partial file is harmless and replaced by the next pull.
        }
    }
}
