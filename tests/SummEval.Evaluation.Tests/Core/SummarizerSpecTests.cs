using SummEval.Summarizers;
using Xunit;

namespace SummEval.Evaluation.Tests.Core;

public class SummarizerSpecTests
{
    private static readonly SummarizerParameter[] Parameters =
    [
        new("similarity", ParameterKind.Choice, "sentence similarity", "overlap") { AllowedValues = ["overlap", "bm25"] },
        new("damping", ParameterKind.Number, "PageRank damping", "0.85"),
        new("apiKey", ParameterKind.String, "key") { Secret = true },
    ];

    [Fact]
    public void Parses_name_and_arguments_in_order()
    {
        var spec = SummarizerSpec.Parse("textrank:similarity=bm25,damping=0.9");
        Assert.Equal("textrank", spec.Name);
        Assert.Equal(["similarity", "damping"], spec.Arguments.Select(a => a.Key));
        Assert.Equal("textrank:similarity=bm25,damping=0.9", spec.ToString());
    }

    [Fact]
    public void Quoted_values_may_hold_commas_and_equals()
    {
        var spec = SummarizerSpec.Parse("exec:command=\"python3 a.py --x=1,2\"");
        Assert.Equal("python3 a.py --x=1,2", spec.Arguments[0].Value);
        Assert.Equal(spec, SummarizerSpec.Parse(spec.ToString()));
    }

    [Fact]
    public void Unknown_parameter_lists_the_valid_ones()
    {
        var ex = Assert.Throws<SummarizerSpecException>(() =>
            SummarizerArguments.Bind(SummarizerSpec.Parse("textrank:simlarity=bm25"), Parameters));
        Assert.Contains("similarity, damping, apiKey", ex.Message);
    }

    [Fact]
    public void Bad_choice_lists_the_allowed_values()
    {
        var ex = Assert.Throws<SummarizerSpecException>(() =>
            SummarizerArguments.Bind(SummarizerSpec.Parse("textrank:similarity=cosine"), Parameters));
        Assert.Contains("overlap, bm25", ex.Message);
    }

    [Fact]
    public void Defaults_apply_and_secrets_are_masked()
    {
        var spec = SummarizerSpec.Parse("textrank:apiKey=sk-secret");
        var args = SummarizerArguments.Bind(spec, Parameters);
        Assert.Equal(0.85, args.GetDouble("damping"));
        Assert.DoesNotContain("sk-secret", spec.ToString(Parameters));
        var ex = Assert.Throws<SummarizerSpecException>(() =>
            SummarizerArguments.Bind(SummarizerSpec.Parse("textrank:damping=abc,apiKey=x"), Parameters));
        Assert.Contains("a number", ex.Message);
    }
}
