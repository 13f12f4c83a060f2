using System.CommandLine;
using System.Globalization;
using SummEval.Compressive.Features;
using SummEval.Compressive.Model;
using SummEval.Compressive.Training;
using SummEval.Datasets;
using SummEval.Jieba.Keywords;

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
        var train = new Option<string>("--train") { Description = "Training pairs: a dataset file (source + reference) or a name such as csl:train.", Required = true };
        var output = new Option<string?>("--out") { Description = "Model file to write (default: the cached default model in the data folder)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the split, folds and trainer (same seed, same model).", DefaultValueFactory = _ => 1 };
        var trainer = new Option<string>("--trainer") { Description = "Tree learner.", DefaultValueFactory = _ => "fasttree" };
        trainer.AcceptOnlyFromAmong("fasttree", "lightgbm");
        var budget = new Option<int>("--budget") { Description = "Character budget the decoder settings are tuned for.", DefaultValueFactory = _ => 20 };
        var dataDir = new Option<string?>("--data-dir") { Description = "Data folder for dataset names and the default model." };
        var command = new Command("compressive", "Align references to sources, label words, train the ML.NET classifier, tune the decoder on held-out pairs, save the model.")
        {
            train, output, seed, trainer, budget, dataDir,
        };
        var fields = new FieldMappingOptions();
        fields.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = DatasetLoader.Load(parse.GetValue(train)!, fields.Apply(parse, new DatasetLoadOptions { DataDirectory = parse.GetValue(dataDir) }));
            var pairs = dataset.Documents.Where(d => d.References.Count > 0).Select(d => new TrainingPair(d.Source, d.References[0])).ToList();
            if (pairs.Count < 10)
            {
                throw new InvalidDataException($"{dataset.Origin}: training needs at least 10 documents with a reference; found {pairs.Count}.");
            }

            var options = new TrainingOptions
            {
                Seed = parse.GetValue(seed),
                Trainer = parse.GetValue(trainer) == "lightgbm" ? TrainerKind.LightGbm : TrainerKind.FastTree,
                TuningBudget = parse.GetValue(budget),
            };
            var (model, report) = CompressiveTrainer.Train(pairs, options, DocumentAnalyzer.Default, TfidfKeywordExtractor.Default.Idf, dataset.Name, new SynchronousProgress(Console.Error));
            var path = Path.GetFullPath(parse.GetValue(output) ?? DefaultModel.CachePath(parse.GetValue(dataDir)));
            model.Save(path);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""
                trained {options.Trainer} on {report.Documents} pairs ({report.Words} words, {report.KeptShare:P1} kept) in {report.Elapsed.TotalSeconds:0.0} s
                held-out words: AUC {report.HeldOutAuc:0.0000}, F1 {report.HeldOutF1:0.0000}
                held-out summaries at {options.TuningBudget} chars: ROUGE-L F1 {report.HeldOutRougeL:0.0000} (threshold {report.Threshold}, segment penalty {report.SegmentPenalty}, cut {options.CutPenalty})
                model: {path}
                """));
            return 0;
        });
        return command;
    }

    /// <summary>Reports progress immediately on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine("train: " + value);
    }
}
