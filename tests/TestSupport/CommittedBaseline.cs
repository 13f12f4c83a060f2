using System.Text.Json;

namespace SummEval.Testing;

/// <summary>
/// The quality gate's committed baseline (<c>eval-data/baselines/csl-test-20.json</c>, written by
/// <c>bash .ci/gate --update</c>). Quality tests read their floors from it, so the floor a test holds is the one the
/// gate enforces, and a baseline refresh moves both.
/// </summary>
public static class CommittedBaseline
{
    /// <summary>The baseline file, relative to the repository root.</summary>
    public const string RelativePath = "eval-data/baselines/csl-test-20.json";

    /// <summary>
    /// The drop <c>.ci/gate</c> tolerates: <c>summeval check</c>'s default (<c>LeaderboardComparison.DefaultTolerance</c>,
    /// which a test keeps equal to this), as the gate passes no <c>--tolerance</c>.
    /// </summary>
    public const double GateTolerance = 0.005;

    /// <summary>The committed F1 of <paramref name="metric"/> (<c>rouge1</c>, <c>rouge2</c>, <c>rougeL</c>) for <paramref name="summarizer"/>.</summary>
    public static double F1(string summarizer, string metric = "rougeL")
    {
        var path = Path.Combine(SharedData.RepositoryRoot, RelativePath);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("summarizer").GetString() == summarizer)
            {
                return entry.GetProperty(metric).GetProperty("f").GetDouble();
            }
        }

        throw new InvalidOperationException($"{path} has no entry for '{summarizer}'.");
    }

    /// <summary>The lowest F1 the gate accepts: the committed value minus <see cref="GateTolerance"/>.</summary>
    public static double Floor(string summarizer, string metric = "rougeL") => F1(summarizer, metric) - GateTolerance;
}
