using System.CommandLine;
using System.Globalization;
using SummEval.Regression;

namespace SummEval.Cli.Regression;

/// <summary>The options <c>summeval check</c> and <c>summeval compare</c> share: the decision rule and where the report goes.</summary>
internal sealed class RegressionOptionSet
{
    public Option<double> Tolerance { get; } = new("--tolerance") { Description = "Largest drop of a ROUGE F1 that is never a regression (absolute, 0-1 scale).", DefaultValueFactory = _ => RegressionOptions.DefaultTolerance };

    public Option<double> AdherenceTolerance { get; } = new("--adherence-tolerance") { Description = "Largest drop of the share of summaries within budget that is never a regression (per-document baselines).", DefaultValueFactory = _ => 0 };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "significant: a drop beyond the tolerance whose paired interval excludes zero; drop: any drop beyond the tolerance.", DefaultValueFactory = _ => "significant" };

    public Option<double> Alpha { get; } = new("--alpha") { Description = "Significance level: paired bootstrap intervals cover 1 - alpha.", DefaultValueFactory = _ => 0.05 };

    public Option<string?> Report { get; } = new("--report") { Description = "Write regression.md and regression.html (the documents that lost most, new failures, new budget violations) to this folder." };

    public Option<string?> Dataset { get; } = new("--dataset") { Description = "The dataset (path or name) for sources and references in the report; default: the one the run names." };

    public Option<string?> DataDir { get; } = Commands.DataDirectoryOption.Create();

    public RegressionOptionSet()
    {
        FailOn.AcceptOnlyFromAmong("significant", "drop");
        foreach (var option in new[] { Tolerance, AdherenceTolerance })
        {
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<double>() is < 0 or double.NaN)
                {
                    result.AddError($"{option.Name} must be zero or more.");
                }
            });
        }

        Alpha.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and < 1))
            {
                result.AddError("--alpha must lie strictly between 0 and 1, e.g. 0.05.");
            }
        });
    }

    public IEnumerable<Option> All => [Tolerance, AdherenceTolerance, FailOn, Alpha, Report, Dataset, DataDir];

    public RegressionOptions Read(ParseResult parseResult) => new()
    {
        Tolerance = parseResult.GetValue(Tolerance),
        AdherenceTolerance = parseResult.GetValue(AdherenceTolerance),
        FailOn = parseResult.GetValue(FailOn) == "drop" ? FailRule.Drop : FailRule.Significant,
        Alpha = parseResult.GetValue(Alpha),
    };

    public static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
