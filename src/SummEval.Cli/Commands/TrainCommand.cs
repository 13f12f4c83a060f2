using System.CommandLine;
using System.Globalization;
using SummEval.Compressive.Decoding;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Datasets;
using SummEval.Extractive.Normalization;
using SummEval.Jieba.Keywords;
using SummEval.Metrics;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary><c>summeval train compressive</c>: learn the compressive summarizer's word classifier and decoder settings.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a learned summarizer.");
        command.Subcommands.Add(Compressive());
        return command;
    }

    private static Command Compressive()
    {
        var train = new Option<string[]>("--train")
        {
            Description = "Training pairs: a dataset name such as csl:train or a dataset file (source + reference); repeatable, the sets are pooled.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Model file to write (default: the cached default model in the data folder)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the split, folds and trainer (same seed, same model).", DefaultValueFactory = _ => 1 };
        var trainer = new Option<string>("--trainer") { Description = "Tree learner.", DefaultValueFactory = _ => "fasttree" };
        trainer.AcceptOnlyFromAmong("fasttree", "lightgbm");
        var budget = new Option<int>("--budget") { Description = "Character budget the decoder settings are tuned for.", DefaultValueFactory = _ => 20 };
        var dataDir = DataDirectoryOption.Create("dataset names and the default model");
        var cv = new Option<int?>("--cv") { Description = "K-fold cross-validation grouped by dataset: print each dataset's held-out ROUGE per decoder setting; writes no model." };
        var trees = new Option<int?>("--trees") { Description = "Boosting rounds (default: the shipped model's)." };
        var leaves = new Option<int?>("--leaves") { Description = "Leaves per tree." };
        var learningRate = new Option<double?>("--learning-rate") { Description = "Boosting learning rate." };
        var minCount = new Option<int?>("--lexicon-min-count") { Description = "Words seen fewer times in training get no keep rate of their own." };
        var threshold = new Option<double?>("--threshold") { Description = "Fixed decoder threshold (with --penalty: one fit on all pairs, nothing tuned)." };
        var penalty = new Option<double?>("--penalty") { Description = "Fixed decoder segment penalty (with --threshold)." };
        var cut = new Option<double[]>("--cut") { Description = "Decoder cut cost; with --cv, repeat it to search several.", Arity = ArgumentArity.ZeroOrMore };
        var tune = new Option<bool>("--tune") { Description = "Tune threshold and penalty on 20 % held-out pairs and refit, instead of the cross-validated defaults." };
        var manifest = new Option<string?>("--manifest") { Description = "Also write a manifest (data sha256s, options, seed, version, model sha256) to this file." };
        var heldOutSummaries = new Option<string?>("--held-out-summaries") { Description = "With --cv: also write every held-out document's summary from the default decoder to this JSON Lines file (id, dataset, content, title, summary), for error analysis." };
        var repeat = new Option<int?>("--repeat")
        {
            Description = "With --cv: cross-validate with this many seeds (--seed, --seed + 1, ...), each drawing other folds, and print each dataset's held-out ROUGE-L as mean ± sd over them (default 1).",
        };
        var minMean = new Option<double>("--min-mean-chars") { Description = "With --cv: choose the best setting whose mean length reaches this on every dataset.", DefaultValueFactory = _ => 0 };
        var command = new Command("compressive", "Align references to sources, label words, train the ML.NET classifier with the cross-validated decoder settings, save the model (or --cv K: cross-validate).")
        {
            train, output, seed, trainer, budget, dataDir, cv, trees, leaves, learningRate, minCount, threshold, penalty, cut, tune, minMean, manifest, heldOutSummaries, repeat,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(heldOutSummaries) is not null && result.GetValue(cv) is null)
            {
                result.AddError("--held-out-summaries writes the summaries of a cross-validation: give --cv K too.");
            }

            if (result.GetValue(repeat) is { } times && times != 1)
            {
                if (times < 1)
                {
                    result.AddError("--repeat must be at least 1.");
                }
                else if (result.GetValue(cv) is null)
                {
                    result.AddError("--repeat repeats a cross-validation: give --cv K too.");
                }
                else if (result.GetValue(heldOutSummaries) is not null)
                {
                    result.AddError("--held-out-summaries writes one cross-validation's summaries: drop --repeat, or give the seed you want with --seed.");
                }
            }
        });
        var fields = new FieldMappingOptions();
        fields.AddTo(command);
        command.SetAction(parse =>
        {
            var loadOptions = fields.Apply(parse, new DatasetLoadOptions { DataDirectory = parse.GetValue(dataDir) });
            OutputGuard.EnsureNotAnInput(parse.GetValue(output), "--out", parse.GetValue(train)!);
            OutputGuard.EnsureNotAnInput(parse.GetValue(manifest), "--manifest", parse.GetValue(train)!);
            OutputGuard.EnsureNotAnInput(parse.GetValue(heldOutSummaries), "--held-out-summaries", parse.GetValue(train)!);
            var sets = parse.GetValue(train)!.Select(name => LoadSet(name, loadOptions)).ToList();
            var defaults = parse.GetValue(tune) ? new TrainingOptions { Threshold = null, SegmentPenalty = null, Selection = null } : new TrainingOptions();
            var cuts = parse.GetValue(cut) ?? [];
            var options = defaults with
            {
                Seed = parse.GetValue(seed),
                Trainer = parse.GetValue(trainer) == "lightgbm" ? TrainerKind.LightGbm : TrainerKind.FastTree,
                TuningBudget = parse.GetValue(budget),
                Trees = parse.GetValue(trees) ?? defaults.Trees,
                Leaves = parse.GetValue(leaves) ?? defaults.Leaves,
                LearningRate = parse.GetValue(learningRate) ?? defaults.LearningRate,
                LexiconMinCount = parse.GetValue(minCount) ?? defaults.LexiconMinCount,
                Threshold = parse.GetValue(threshold) ?? defaults.Threshold,
                SegmentPenalty = parse.GetValue(penalty) ?? defaults.SegmentPenalty,
                CutPenalty = cuts.Length > 0 ? cuts[0] : defaults.CutPenalty,
            };
            var progress = new SynchronousProgress(Console.Error);
            if (parse.GetValue(cv) is { } folds)
            {
                var searched = cuts.Length > 0 ? cuts : [options.CutPenalty];
                var times = parse.GetValue(repeat) ?? 1;
                if (times == 1)
                {
                    CrossValidate(sets, folds, options, searched, parse.GetValue(minMean), parse.GetValue(heldOutSummaries), progress);
                    return 0;
                }

                var runs = new List<IReadOnlyDictionary<string, double>>(times);
                for (var k = 0; k < times; k++)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== seed {options.Seed + k} ({k + 1} of {times})"));
                    runs.Add(CrossValidate(sets, folds, options with { Seed = options.Seed + k }, searched, parse.GetValue(minMean), null, progress));
                }

                PrintRepeated(sets, runs, options);
                return 0;
            }

            var pairs = sets.SelectMany(s => s.Pairs).ToList();
            var (model, report) = CompressiveTrainer.Train(pairs, options, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, TrainingSet.Describe(sets), progress);
            var path = Path.GetFullPath(parse.GetValue(output) ?? DefaultModel.CachePath(parse.GetValue(dataDir)));
            model.Save(path);
            if (parse.GetValue(manifest) is { } manifestPath)
            {
                var command = "summeval train compressive " + string.Join(" ", sets.Select(s => "--train " + s.Name));
                File.WriteAllText(manifestPath, ModelManifest.Create(File.ReadAllBytes(path), sets, options, command).ToJson());
            }

            var heldOut = double.IsNaN(report.HeldOutRougeL)
                ? "decoder settings fixed (chosen by cross-validation, docs/compressive.md); nothing held out"
                : string.Create(CultureInfo.InvariantCulture, $"held-out words: AUC {report.HeldOutAuc:0.0000}, F1 {report.HeldOutF1:0.0000}; summaries at {options.TuningBudget} chars: ROUGE-L F1 {report.HeldOutRougeL:0.0000}");
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""
                trained {options.Trainer} on {Quantity.Of(report.Documents, "pair")} ({Quantity.Of(report.Words, "word")}, {report.KeptShare:P1} kept) in {report.Elapsed.TotalSeconds:0.0} s
                {heldOut}
                decoder: {(options.Selection is { } chosen ? $"candidate selection ({Describe(chosen)}); overrides: " : "")}threshold {report.Threshold}, segment penalty {report.SegmentPenalty}, cut {options.CutPenalty}
                model: {path}
                """));
            return 0;
        });
        return command;
    }

    private static TrainingSet LoadSet(string name, DatasetLoadOptions options)
    {
        var dataset = DatasetLoader.Load(name, options);
        var pairs = dataset.Documents.Where(d => d.References.Count > 0).Select(d => new TrainingPair(d.Source, d.References[0])).ToList();
        if (pairs.Count < 10)
        {
            throw new InvalidDataException($"{dataset.Origin}: training needs at least 10 documents with a reference; found {pairs.Count}.");
        }

        return new TrainingSet(name, pairs);
    }

    // Prints one cross-validation's report; returns each dataset's held-out ROUGE-L F1 under the default decoder (candidate
    // selection, else the chosen single setting).
    private static IReadOnlyDictionary<string, double> CrossValidate(List<TrainingSet> sets, int folds, TrainingOptions options, double[] cuts, double minMeanChars, string? summariesPath, IProgress<string> progress)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CrossValidator.Run(sets, folds, options, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, cuts, progress);
        var names = sets.Select(s => s.Name).ToList();
        var output = Console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folds}-fold cross-validation, grouped by dataset ({string.Join(", ", sets.Select(s => $"{s.Name}: {s.Pairs.Count}"))}); {options.Trees} trees x {options.Leaves} leaves, lr {options.LearningRate}, lexicon min count {options.LexiconMinCount}, seed {options.Seed}; {clock.Elapsed.TotalSeconds:0} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out word AUC: {string.Join(", ", names.Select(n => $"{n} {result.WordAucOf(n):0.0000}"))}"));
        output.WriteLine("held-out ROUGE-L F1 / mean chars per decoder setting (best 12 by the mean over datasets):");
        output.WriteLine($"threshold  penalty  cut  | {string.Join(" | ", names)} | mean");
        foreach (var g in result.Grid.OrderByDescending(g => g.MacroRougeL).Take(12))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Settings.Threshold,9}  {g.Settings.Penalty,7}  {g.Settings.Cut,3}  | {string.Join(" | ", g.PerDataset.Select(d => $"{d.RougeL:0.0000} / {d.MeanChars:0.0}"))} | {g.MacroRougeL:0.0000}"));
        }

        var best = result.Best(minMeanChars);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"chosen (best mean ROUGE-L with mean length >= {minMeanChars} on every dataset): threshold {best.Settings.Threshold}, penalty {best.Settings.Penalty}, cut {best.Settings.Cut}"));
        var scoreOptions = new CorpusScoreOptions { MaxChars = options.TuningBudget };
        Dictionary<string, double> PrintHeldOut(Func<HeldOutDocument, string> summarize)
        {
            var rougeL = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var items = result.HeldOut.Where(d => d.Dataset == name)
                    .Select((d, i) => ($"{name}-{i}", summarize(d), (IReadOnlyList<string>)[d.Reference])).ToList();
                var score = CorpusScorer.Score(items, scoreOptions);
                rougeL[name] = score.RougeL.F1;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} held out ({items.Count}): ROUGE-1 {Show(score.Rouge1)}  ROUGE-2 {Show(score.Rouge2)}  ROUGE-L {Show(score.RougeL)}  adherence {score.Length.Adherence:P1}  mean {score.Length.MeanChars:0.0} chars"));
            }

            return rougeL;
        }

        var byDefault = PrintHeldOut(d => d.Summarize(best.Settings, options.TuningBudget));
        if (options.Selection is { } selection)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"candidate selection (the default decoder; {Describe(selection)}):"));
            byDefault = PrintHeldOut(d => d.Summarize(selection, options.TuningBudget));
        }

        if (summariesPath is not null)
        {
            Func<HeldOutDocument, string> summarize = options.Selection is { } chosen
                ? d => d.Summarize(chosen, options.TuningBudget)
                : d => d.Summarize(best.Settings, options.TuningBudget);
            WriteHeldOut(summariesPath, result.HeldOut, [.. sets.SelectMany(s => s.Pairs)], summarize);
            output.WriteLine($"held-out summaries: {Path.GetFullPath(summariesPath)}");
        }

        return byDefault;
    }

    // One seed's held-out figure can flatter or wrong a choice (docs/compressive-experiments.md, "Stop 40"): the spread
    // over seeds says how far apart two options must be before the difference means anything.
    private static void PrintRepeated(List<TrainingSet> sets, List<IReadOnlyDictionary<string, double>> runs, TrainingOptions options)
    {
        var decoder = options.Selection is null ? "the chosen setting" : "candidate selection, the default decoder";
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"repeated cross-validation: held-out ROUGE-L F1 over {runs.Count} seeds ({options.Seed}-{options.Seed + runs.Count - 1}), {decoder}; mean ± sd [min, max]:"));
        foreach (var name in sets.Select(s => s.Name))
        {
            var values = runs.Select(r => r[name]).ToArray();
            var mean = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {mean:0.0000} ± {sd:0.0000} [{values.Min():0.0000}, {values.Max():0.0000}] ({string.Join(" / ", values.Select(v => v.ToString("0.0000", CultureInfo.InvariantCulture)))})"));
        }
    }

    /// <summary>
    /// One JSON line per held-out document, in input order; the id is the dataset's name and the document's index among
    /// its pairs, so the file reads as a dataset (content, title) with each summary beside its reference.
    /// </summary>
    private static void WriteHeldOut(string path, IReadOnlyList<HeldOutDocument> heldOut, IReadOnlyList<TrainingPair> pairs, Func<HeldOutDocument, string> summarize)
    {
        // The held-out documents come in the order of the pairs. A document written in traditional characters was
        // analysed and summarized in simplified form: the file shows it, its title and its summary as the user wrote them.
        if (pairs.Count != heldOut.Count)
        {
            throw new InvalidOperationException($"{heldOut.Count} held-out documents for {pairs.Count} pairs.");
        }

        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < heldOut.Count; k++)
        {
            var (d, pair) = (heldOut[k], pairs[k]);
            var i = index.GetValueOrDefault(d.Dataset);
            index[d.Dataset] = i + 1;
            var row = new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = string.Create(CultureInfo.InvariantCulture, $"{d.Dataset}#{i:0000}"),
                ["dataset"] = d.Dataset,
                ["content"] = pair.Source,
                ["title"] = pair.Reference,
                ["summary"] = AnalysisText.Of(pair.Source).Restore(summarize(d)),
            };
            writer.WriteLine(row.ToJsonString(TextLineInput.Json));
        }
    }

    private static string Describe(CandidateSelection s) => string.Create(CultureInfo.InvariantCulture,
        $"reference length {s.ReferenceLength} + {s.ReferenceScale} x expected kept chars, segment cost {s.SegmentCost}, sentence cost {s.SentenceCost}, consensus weight {s.ConsensusWeight}, {(s.LocalCandidates ? "sentence and clause-pair decodes too" : "whole-document decodes only")}");

    private static string Show(MetricSummary m) => string.Create(CultureInfo.InvariantCulture, $"{m.F1:0.0000} [{m.CiLow:0.0000}, {m.CiHigh:0.0000}]");

    /// <summary>Reports progress immediately on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine("train: " + value);
    }
}
