namespace SummEval.Testing;

/// <summary>A fresh directory under the system's temp folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory(string prefix) : IDisposable
{
    /// <summary>The directory's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>A path inside the directory.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
