using System.Globalization;
using SummEval.Extractive.Oracles;
using SummEval.Extractive.TextRank;

namespace SummEval.Benchmarks;

/// <summary>
/// <c>textrank-cv --learned</c>: the learned clause scorer (round 6). In each fold a logistic regression over
/// <see cref="ClauseFeatures"/> is fitted on the training folds' candidates only (label: the candidate's char ROUGE-L
/// recall of the title), and the held-out fold is summarized with it; compared, paired, with round 5's default.
/// </summary>
internal static partial class TextRankCrossValidation
{
    private static int RunLearned(Example[] examples, string[] datasets, int folds, int budget, TextRankSummarizer analyzer, double[] lambdas, string[] labels, ClauseScorerUse[] uses, OpeningScope[] openings)
    {
        var baseline = Round5;
        var documents = new TextRankDocument[examples.Length];
        var centrality = new double[examples.Length][];
        // Candidates and labels per opening scope (the opening sentence is a candidate in more documents under Always).
        var scopes = openings.Append(OpeningScope.Plain).Distinct().ToArray();
        var features = scopes.ToDictionary(o => o, _ => new double[examples.Length][][]);
        var rows = scopes.ToDictionary(o => o, _ => labels.ToDictionary(l => l, _ => new double[examples.Length][]));
        Parallel.For(0, examples.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d =>
        {
            documents[d] = analyzer.Analyze(examples[d].Source);
            centrality[d] = SentenceCentrality.Compute(documents[d].SentenceWords, documents[d].Idf.Length, baseline);
            var title = Lcs.Units(examples[d].Reference);
            foreach (var scope in scopes)
            {
                var candidates = TextRankSummarizer.CandidateFeatures(documents[d], centrality[d], budget, baseline with { OpeningCandidate = scope });
                features[scope][d] = [.. candidates.Select(c => c.Features)];
                foreach (var label in labels)
                {
                    rows[scope][label][d] = [.. candidates.Select(c => Label(Lcs.Units(c.Text), title, label))];
                }
            }
        });
        Console.WriteLine($"{features[OpeningScope.Plain].Sum(r => r.Length)} candidate clauses, {ClauseFeatures.Count} features ({string.Join(", ", ClauseFeatures.Names)})");

        // Configurations: round 5's hand-set priors (no model) and every label × use × λ.
        // With --opening, also every configuration with the opening sentence as a candidate in every document (family 1).
        var configs = new List<(string Name, string Label, ClauseScorerUse Use, double Lambda, OpeningScope Opening)> { ("round 5's default (hand-set priors)", "", ClauseScorerUse.TimesPriors, 0, OpeningScope.Plain) };
        configs.AddRange(from opening in openings
                         from label in labels
                         from use in uses
                         from lambda in lambdas
                         select (string.Create(CultureInfo.InvariantCulture, $"learned, label {label}, {use}, λ {lambda}{(opening == OpeningScope.Plain ? "" : ", opening " + opening)}"), label, use, lambda, opening));

        double[]? Fit(IEnumerable<int> training, int c) => configs[c].Lambda == 0
            ? null
            : LogisticRegression.Fit([.. training.SelectMany(d => features[configs[c].Opening][d])], [.. training.SelectMany(d => rows[configs[c].Opening][configs[c].Label][d])], configs[c].Lambda);

        double[] Score(IReadOnlyList<int> targets, int c, double[]? weights)
        {
            var options = weights is null ? baseline : baseline with { ClauseScorer = weights, ClauseScorerUse = configs[c].Use, OpeningCandidate = configs[c].Opening };
            var result = new double[targets.Count];
            Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                result[i] = RougeL(analyzer.Summarize(documents[targets[i]], centrality[targets[i]], budget, options), examples[targets[i]].Reference));
            return result;
        }

        // Each configuration held out (fitted on the training folds), and the nested choice: in each outer fold the
        // configuration with the best inner cross-validated mean over the training folds (fitted on 3 of 4, scored on
        // the 4th), then refitted on all training folds and scored on the held-out fold.
        var heldOut = new double[configs.Count + 1, examples.Length];
        var nestedChoices = new List<string>();
        for (var f = 0; f < folds; f++)
        {
            var outer = Enumerable.Range(0, examples.Length).Where(d => examples[d].Fold == f).ToArray();
            var training = Enumerable.Range(0, examples.Length).Where(d => examples[d].Fold != f).ToArray();
            var inner = new double[configs.Count];
            for (var c = 0; c < configs.Count; c++)
            {
                var weights = Fit(training, c);
                var scores = Score(outer, c, weights);
                for (var i = 0; i < outer.Length; i++)
                {
                    heldOut[c, outer[i]] = scores[i];
                }

                foreach (var g in Enumerable.Range(0, folds).Where(g => g != f))
                {
                    var innerTest = training.Where(d => examples[d].Fold == g).ToArray();
                    inner[c] += Score(innerTest, c, Fit(training.Where(d => examples[d].Fold != g), c)).Sum();
                }
            }

            var chosen = Enumerable.Range(0, configs.Count).MaxBy(c => inner[c]);
            nestedChoices.Add(configs[chosen].Name);
            for (var i = 0; i < outer.Length; i++)
            {
                heldOut[configs.Count, outer[i]] = heldOut[chosen, outer[i]];
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Held-out ({folds}-fold) char ROUGE-L F1; each scorer is fitted on the training folds of both datasets; − round 5's default, paired bootstrap 95 % CI (2000 resamples, seed 42):");
        Console.WriteLine("| variant | " + string.Join(" | ", datasets) + " | " + string.Join(" | ", datasets.Select(ds => $"{ds} − default [95 % CI]")) + " |");
        Console.WriteLine("| --- |" + string.Concat(datasets.Select(_ => " ---: |")) + string.Concat(datasets.Select(_ => " --- |")));
        for (var v = 0; v <= configs.Count; v++)
        {
            var row = Enumerable.Range(0, examples.Length).Select(d => heldOut[v, d]).ToArray();
            var means = datasets.Select(ds => Mean(row, examples, e => e.Dataset == ds).ToString("F4", CultureInfo.InvariantCulture));
            var deltas = datasets.Select(ds =>
            {
                var diffs = Enumerable.Range(0, examples.Length).Where(d => examples[d].Dataset == ds).Select(d => heldOut[v, d] - heldOut[0, d]).ToArray();
                var (low, high) = BootstrapInterval(diffs);
                return string.Create(CultureInfo.InvariantCulture, $"{diffs.Average():+0.0000;-0.0000} [{low:+0.0000;-0.0000}, {high:+0.0000;-0.0000}]");
            });
            var name = v < configs.Count ? configs[v].Name : "nested choice among all of the above (inner 4-fold CV per outer fold)";
            Console.WriteLine($"| {name} | {string.Join(" | ", means)} | {string.Join(" | ", deltas)} |");
        }

        Console.WriteLine();
        Console.WriteLine("Nested choice per outer fold: " + string.Join("; ", nestedChoices));

        // The weights each learned configuration would ship with (fitted on all of CSL train + md dev), for the record.
        for (var c = 1; c < configs.Count; c++)
        {
            var weights = Fit(Enumerable.Range(0, examples.Length), c)!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{configs[c].Name}, all data: [{string.Join(", ", weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))}]"));
        }

        return 0;
    }

    // The training label of a candidate against the title: char LCS recall ("recall"), F1 ("f1"), or whether it holds
    // most of the title ("half": recall >= 0.5).
    private static double Label(int[] candidate, int[] title, string label)
    {
        if (title.Length == 0 || candidate.Length == 0)
        {
            return 0;
        }

        var lcs = (double)Lcs.Length(candidate, title);
        return label switch
        {
            "f1" => 2 * lcs / (candidate.Length + title.Length),
            "half" => lcs / title.Length >= 0.5 ? 1 : 0,
            _ => lcs / title.Length,
        };
    }
}
