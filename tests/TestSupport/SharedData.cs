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

    /// <summary>
    /// The shared folder, or null when it is not there. A folder without <c>data/</c> and <c>conformance/</c> (an empty
    /// SUMMEVAL_SHARED, say) counts as absent.
    /// </summary>
    public static string? Folder
    {
        get
        {
            var path = ExpectedPath;
            return Directory.Exists(Path.Combine(path, "data")) && Directory.Exists(Path.Combine(path, "conformance")) ? path : null;
        }
    }

    /// <summary>Where the shared folder is looked for: $SUMMEVAL_SHARED, else ../shared beside the checkout.</summary>
    public static string ExpectedPath =>
        Environment.GetEnvironmentVariable("SUMMEVAL_SHARED") is { Length: > 0 } fromEnv
            ? Path.GetFullPath(fromEnv)
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The reason a test that needs ../shared shows when it is missing (skip locally, failure under CI=true).</summary>
    public static string MissingMessage =>
        $"../shared (data and conformance vectors) is not at {ExpectedPath} (no data/ and conformance/ there); set SUMMEVAL_SHARED or see README 'Tests and CI'.";

    /// <summary>The missing-shared reason, or null when ../shared is there.</summary>
    public static string? Missing => Folder is null ? MissingMessage : null;

    /// <summary>Path of a file under ../shared; only call from a <see cref="SharedFactAttribute"/> test.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Folder ?? throw new InvalidOperationException(MissingMessage), .. parts]);
}

/// <summary>A fact that needs ../shared: skipped with a visible reason when it is absent; under CI=true it fails instead.</summary>
public sealed class SharedFactAttribute : FactAttribute, IRequirementAttribute
{
    /// <summary>Skips (locally) when ../shared is missing.</summary>
    public SharedFactAttribute() => Skip = TestRequirements.SkipReason(Missing);

    /// <inheritdoc />
    public string? Missing => SharedData.Missing;
}

/// <summary>A theory that needs ../shared: skipped with a visible reason when it is absent; under CI=true it fails instead.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute, IRequirementAttribute
{
    /// <summary>Skips (locally) when ../shared is missing.</summary>
    public SharedTheoryAttribute() => Skip = TestRequirements.SkipReason(Missing);

    /// <inheritdoc />
    public string? Missing => SharedData.Missing;
}
