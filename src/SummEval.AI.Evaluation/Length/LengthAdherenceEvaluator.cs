using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SummEval.Text;

namespace SummEval.AI.Evaluation;

/// <summary>
/// Whether the model's response (the summary) keeps the budget in a <see cref="LengthBudgetContext"/>: 1 within the
/// budget, 0 over it, so the mean over many responses is the share within budget that <c>summeval score</c> reports
/// as adherence. The reason gives the length and the overshoot. Characters are Unicode code points.
/// </summary>
public sealed class LengthAdherenceEvaluator : IEvaluator
{
    /// <summary>The metric's name.</summary>
    public const string LengthAdherenceMetricName = "Length adherence";

    private double _failBelow = 1;

    /// <summary>A value below this fails; the default 1 fails any overshoot, 0 only reports.</summary>
    public double FailBelow
    {
        get => _failBelow;
        init => _failBelow = ScoreInterpretation.Threshold(value, nameof(FailBelow));
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [LengthAdherenceMetricName];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        var metric = new NumericMetric(LengthAdherenceMetricName);
        var result = new EvaluationResult(metric);
        if (additionalContext?.OfType<LengthBudgetContext>().FirstOrDefault() is not { } budget)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"No {nameof(LengthBudgetContext)} with the budget was supplied in additionalContext."));
            return new ValueTask<EvaluationResult>(result);
        }

        var chars = TextLength.Chars(modelResponse.Text);
        metric.Value = chars <= budget.MaxChars ? 1.0 : 0.0;
        metric.Reason = string.Create(CultureInfo.InvariantCulture, $"{Quantity.Of(chars, "character")} against a budget of {budget.MaxChars}{(chars > budget.MaxChars ? $" ({chars - budget.MaxChars} over)" : string.Empty)}.");
        metric.Interpretation = ScoreInterpretation.Of(metric.Value.Value, FailBelow);
        metric.AddOrUpdateContext(budget);
        return new ValueTask<EvaluationResult>(result);
    }
}
