using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SummEval.Metrics;
using Xunit;

namespace SummEval.AI.Evaluation.Tests;

public class EvaluatorTests
{
    private static ChatResponse Response(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    private static readonly ChatMessage[] Prompt = [new(ChatRole.User, "用不超过20个字概括这篇摘要。")];

    [Fact]
    public async Task Rouge_scores_chinese_per_character_with_the_exact_metric_names()
    {
        var evaluator = new RougeEvaluator();
        string[] references = ["基于深度学习的中文文本摘要方法", "深度学习文本摘要"];
        var result = await evaluator.EvaluateAsync(Prompt, Response("深度学习的文本摘要"), additionalContext: [new RougeEvaluatorContext(references)]);

        Assert.Equal(["ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1"], evaluator.EvaluationMetricNames);
        var expected = RougeScorer.Score("深度学习的文本摘要", references);
        Assert.Equal(expected.Rouge1.F1, result.Get<NumericMetric>("ROUGE-1 F1").Value);
        Assert.Equal(expected.Rouge2.F1, result.Get<NumericMetric>("ROUGE-2 F1").Value);
        Assert.Equal(expected.RougeL.F1, result.Get<NumericMetric>("ROUGE-L F1").Value);
        Assert.InRange(result.Get<NumericMetric>("ROUGE-L F1").Value!.Value, 0.5, 1.0); // not the zero of whitespace tokenization
        Assert.All(result.Metrics.Values, m => Assert.False(m.Interpretation!.Failed));
        Assert.All(result.Metrics.Values, m => Assert.Contains(m.Context!.Values, c => c is RougeEvaluatorContext));
    }

    [Fact]
    public async Task Rouge_fails_below_the_threshold_and_reports_a_missing_context()
    {
        var strict = new RougeEvaluator { FailBelow = 0.99 };
        var result = await strict.EvaluateAsync(Prompt, Response("深度学习的文本摘要"), additionalContext: [new RougeEvaluatorContext(["基于深度学习的中文文本摘要方法"])]);
        Assert.All(result.Metrics.Values, m => Assert.True(m.Interpretation!.Failed));

        var missing = await new RougeEvaluator().EvaluateAsync(Prompt, Response("摘要"));
        Assert.All(missing.Metrics.Values, m =>
        {
            Assert.Null(((NumericMetric)m).Value);
            Assert.Contains(m.Diagnostics!, d => d.Severity == EvaluationDiagnosticSeverity.Error && d.Message.Contains(nameof(RougeEvaluatorContext)));
        });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RougeEvaluator { FailBelow = 1.5 });
        Assert.Throws<ArgumentException>(() => new RougeEvaluatorContext([]));
    }

    [Theory]
    [InlineData("深度学习文本摘要", 8, 1.0, false)]
    [InlineData("深度学习文本摘要方法", 8, 0.0, true)]
    [InlineData("𠮷野家的摘要", 6, 1.0, false)] // a surrogate pair is one character
    public async Task Length_adherence_is_one_within_the_budget_and_zero_over_it(string summary, int budget, double value, bool failed)
    {
        var evaluator = new LengthAdherenceEvaluator();
        var result = await evaluator.EvaluateAsync(Prompt, Response(summary), additionalContext: [new LengthBudgetContext(budget)]);
        var metric = result.Get<NumericMetric>("Length adherence");
        Assert.Equal(value, metric.Value);
        Assert.Equal(failed, metric.Interpretation!.Failed);
        Assert.Contains($"against a budget of {budget}", metric.Reason);
    }

    [Fact]
    public async Task Both_evaluators_compose_in_a_composite_evaluator()
    {
        var composite = new CompositeEvaluator(new RougeEvaluator(), new LengthAdherenceEvaluator { FailBelow = 0 });
        var result = await composite.EvaluateAsync(Prompt, Response("深度学习文本摘要方法研究综述与展望"),
            additionalContext: [new RougeEvaluatorContext(["深度学习文本摘要"]), new LengthBudgetContext(8)]);
        Assert.Equal(4, result.Metrics.Count);
        Assert.Equal(0.0, result.Get<NumericMetric>("Length adherence").Value);
        Assert.False(result.Get<NumericMetric>("Length adherence").Interpretation!.Failed); // threshold 0: report only
        Assert.True(result.Get<NumericMetric>("ROUGE-1 F1").Value > 0.5);
    }
}
