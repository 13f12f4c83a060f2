using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SummEval.Metrics;

namespace SummEval.AI.Evaluation;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L F1 of the model's response (the summary) against the references in a
/// <see cref="RougeEvaluatorContext"/>, with ROUGE-1.5.5 semantics; at character level by default, so Chinese is
/// scored per character instead of as one token per run of characters.
/// </summary>
public sealed class RougeEvaluator : IEvaluator
{
    /// <summary>The ROUGE-1 F1 metric's name.</summary>
    public const string Rouge1F1MetricName = "ROUGE-1 F1";

    /// <summary>The ROUGE-2 F1 metric's name.</summary>
    public const string Rouge2F1MetricName = "ROUGE-2 F1";

    /// <summary>The ROUGE-L F1 metric's name.</summary>
    public const string RougeLF1MetricName = "ROUGE-L F1";

    private double _failBelow = 0.4;

    /// <summary>What a token is and how references combine; character level, pooled by default.</summary>
    public RougeOptions Options { get; init; } = RougeOptions.Character;

    /// <summary>An F1 below this fails (default 0.4, the lower edge of the "Average" rating).</summary>
    public double FailBelow
    {
        get => _failBelow;
        init => _failBelow = ScoreInterpretation.Threshold(value, nameof(FailBelow));
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [Rouge1F1MetricName, Rouge2F1MetricName, RougeLF1MetricName];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var metrics = EvaluationMetricNames.Select(name => new NumericMetric(name)).ToArray();
        var result = new EvaluationResult(metrics);
        if (additionalContext?.OfType<RougeEvaluatorContext>().FirstOrDefault() is not { } context)
        {
            result.AddDiagnosticsToAllMetrics(EvaluationDiagnostic.Error($"No {nameof(RougeEvaluatorContext)} with the references was supplied in additionalContext."));
            return new ValueTask<EvaluationResult>(result);
        }

        var scores = RougeScorer.Score(modelResponse.Text, context.References, Options);
        Set(metrics[0], scores.Rouge1);
        Set(metrics[1], scores.Rouge2);
        Set(metrics[2], scores.RougeL);
        result.AddOrUpdateContextInAllMetrics(context);
        return new ValueTask<EvaluationResult>(result);

        void Set(NumericMetric metric, PrfScore score)
        {
            metric.Value = score.F1;
            metric.Reason = string.Create(CultureInfo.InvariantCulture,
                $"precision {score.Precision:0.####}, recall {score.Recall:0.####} against {context.References.Count} reference(s).");
            metric.Interpretation = ScoreInterpretation.Of(score.F1, FailBelow);
        }
    }
}
