namespace SummEval.Datasets;

/// <summary>What <see cref="DatasetPuller"/> is doing, for progress display.</summary>
/// <param name="File">Upstream file name.</param>
/// <param name="Stage">One of <c>download</c>, <c>copy</c>, <c>cached</c>, <c>verify</c>, <c>convert</c>, <c>done</c>.</param>
/// <param name="Bytes">Bytes transferred so far.</param>
/// <param name="TotalBytes">Expected size when known.</param>
public sealed record PullProgress(string File, string Stage, long Bytes, long? TotalBytes);

/// <summary>One split written by <see cref="DatasetPuller"/>.</summary>
/// <param name="Name">Dataset name such as <c>csl:test</c>.</param>
/// <param name="Path">The converted JSON Lines file.</param>
/// <param name="Documents">Number of records written.</param>
/// <param name="Sha256">Verified SHA-256 of the upstream file.</param>
/// <param name="Source">Where the upstream bytes came from (URL, mirror path, or the cache).</param>
public sealed record PulledFile(string Name, string Path, int Documents, string Sha256, string Source);
