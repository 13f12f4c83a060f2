using Xunit;

namespace SummEval.Testing;

/// <summary>
/// Finds the repository root and the read-only <c>../shared</c> folder beside it (data and conformance vectors).
/// Set SUMMEVAL_SHARED to point elsewhere.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SummEval.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SummEval.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding SummEval.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared folder, or null when it is not there.</summary>
    public static string? Folder
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("SUMMEVAL_SHARED");
            var path = string.IsNullOrEmpty(fromEnv) ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared")) : fromEnv;
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The message a skipped test shows when ../shared is missing.</summary>
    public const string MissingMessage = "../shared (data and conformance vectors) is not beside the checkout; set SUMMEVAL_SHARED or see README 'Data'.";

    /// <summary>Path of a file under ../shared; only call from a <see cref="SharedFactAttribute"/> test.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Folder ?? throw new InvalidOperationException(MissingMessage), .. parts]);
}

/// <summary>A fact that needs ../shared: skipped, with a visible reason, when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Skips when ../shared is missing.</summary>
    public SharedFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that needs ../shared: skipped, with a visible reason, when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when ../shared is missing.</summary>
    public SharedTheoryAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
