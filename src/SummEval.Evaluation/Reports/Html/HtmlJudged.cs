namespace SummEval.Reports.Html;

/// <summary>One summarizer's judged quality for the leaderboard's judged column group (1-5 means with intervals).</summary>
/// <param name="Judge">The judge model.</param>
/// <param name="Rubric">The rubric version.</param>
/// <param name="Faithfulness">Mean faithfulness.</param>
/// <param name="FaithfulnessLow">Lower end of its interval.</param>
/// <param name="FaithfulnessHigh">Upper end of its interval.</param>
/// <param name="Informativeness">Mean informativeness.</param>
/// <param name="InformativenessLow">Lower end of its interval.</param>
/// <param name="InformativenessHigh">Upper end of its interval.</param>
/// <param name="Failures">Summaries the judge failed on.</param>
/// <param name="CostUsd">What the judgments cost, or null when unknown.</param>
public sealed record HtmlJudged(
    string Judge,
    string Rubric,
    double Faithfulness,
    double FaithfulnessLow,
    double FaithfulnessHigh,
    double Informativeness,
    double InformativenessLow,
    double InformativenessHigh,
    int Failures,
    decimal? CostUsd);
