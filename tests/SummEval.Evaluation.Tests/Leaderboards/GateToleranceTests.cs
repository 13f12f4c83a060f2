using SummEval.Leaderboards;
using SummEval.Testing;
using Xunit;

namespace SummEval.Evaluation.Tests.Leaderboards;

/// <summary>The quality tests' floors use the gate's tolerance; these keep the two from drifting apart.</summary>
public sealed class GateToleranceTests
{
    [Fact]
    public void TheTestsToleranceIsTheOneTheGateApplies()
    {
        Assert.Equal(LeaderboardComparison.DefaultTolerance, CommittedBaseline.GateTolerance);
        var gate = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, ".ci", "gate"));
        Assert.DoesNotContain("--tolerance", gate); // the gate uses summeval check's default
        Assert.Contains(CommittedBaseline.RelativePath, gate);
    }

    [Fact]
    public void TheBaselineHasEveryGatedSummarizer()
    {
        foreach (var name in new[] { "compressive", "textrank", "lead-1", "lead-chars", "oracle-sentence", "oracle-lcs" })
        {
            Assert.InRange(CommittedBaseline.F1(name), 0.0, 1.0);
        }
    }
}
