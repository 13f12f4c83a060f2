using System.Globalization;
using Microsoft.Extensions.AI.Evaluation;

namespace SummEval.AI.Evaluation;

/// <summary>How a 0..1 score is rated in MEAI reports, and whether it fails against a threshold.</summary>
internal static class ScoreInterpretation
{
    public static EvaluationMetricInterpretation Of(double value, double failBelow)
    {
        // Bands of 0.2 over the 0..1 range; a report shows the rating, the test decides with Failed.
        var rating = value switch
        {
            >= 0.8 => EvaluationRating.Exceptional,
            >= 0.6 => EvaluationRating.Good,
            >= 0.4 => EvaluationRating.Average,
            >= 0.2 => EvaluationRating.Poor,
            _ => EvaluationRating.Unacceptable,
        };
        var failed = value < failBelow;
        var reason = string.Create(CultureInfo.InvariantCulture, $"{value:0.####} is {(failed ? "below" : "at or above")} the pass threshold {failBelow:0.####}.");
        return new EvaluationMetricInterpretation(rating, failed, reason);
    }

    public static double Threshold(double value, string name)
    {
        return double.IsNaN(value) || value < 0 || value > 1
            ? throw new ArgumentOutOfRangeException(name, value, "A threshold is between 0 and 1.")
            : value;
    }
}
