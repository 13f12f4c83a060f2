using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using SummEval.Datasets;
using SummEval.Jieba;
using SummEval.Metrics;
using SummEval.Scoring;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval score --predictions P.jsonl --dataset D</c>: ROUGE-1/2/L with bootstrap intervals, length adherence and
/// extractiveness / novelty against the sources of a predictions file against a dataset, as a table or as the <c>--json</c> contract of <see cref="ScoreReportJson"/>.
/// Documents without a prediction are an error (exit 1); predictions for unknown ids are reported and ignored.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Exit code when predictions are missing for some documents.</summary>
    public const int MissingPredictions = 1;

    private const int ListedIds = 10;

    public static Command Create()
    {
        var predictions = new Option<string>("--predictions", "-p") { Description = "JSON Lines of {\"id\", \"summary\"}.", Required = true };
        var dataset = new Option<string>("--dataset", "-d") { Description = "A dataset file (.jsonl, .json, .tsv, .csv) or name (sample, csl:test).", Required = true };
        var maxChars = new Option<int?>("--max-chars") { Description = "Length budget in characters (Unicode code points) for the adherence figures." };
        var tokenize = new Option<string>("--tokenize") { Description = "ROUGE tokens: char (non-whitespace code points) or word (jieba).", DefaultValueFactory = _ => "char" };
        tokenize.AcceptOnlyFromAmong("char", "word");
        var references = new Option<string>("--references") { Description = "Several references: pooled (ROUGE-1.5.5 -f A) or best (per metric, the reference with the best F1).", DefaultValueFactory = _ => "pooled" };
        references.AcceptOnlyFromAmong("pooled", "best");
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap confidence intervals.", DefaultValueFactory = _ => 42 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (rouge1/rouge2/rougeL {p,r,f,ci}, length, count, extractiveness, novelNgrams, repetition)." };
        var dataDir = DataDirectoryOption.Create();
        var perDoc = new Option<bool>("--per-doc") { Description = "Also give every document's scores (\"perDoc\" in JSON)." };
        var command = new Command("score", "Score predicted summaries against a dataset: ROUGE-1/2/L (ROUGE-1.5.5 semantics) and length adherence.")
        {
            predictions, dataset, maxChars, tokenize, references, seed, json, perDoc, dataDir,
        };
        var fields = new FieldMappingOptions();
        fields.AddTo(command);
        maxChars.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--max-chars must be a positive number of characters.");
            }
        });
        command.SetAction(parseResult =>
        {
            var predictionsPath = parseResult.GetValue(predictions)!;
            var data = DatasetLoader.Load(parseResult.GetValue(dataset)!, fields.Apply(parseResult, new DatasetLoadOptions { DataDirectory = parseResult.GetValue(dataDir) }));
            var predicted = PredictionsReader.Read(predictionsPath);
            if (!Match(data, predicted, predictionsPath, out var items))
            {
                return MissingPredictions;
            }

            var options = new CorpusScoreOptions
            {
                MaxChars = parseResult.GetValue(maxChars),
                Seed = parseResult.GetValue(seed),
                Rouge = new RougeOptions
                {
                    Tokenizer = parseResult.GetValue(tokenize) == "word" ? JiebaSegmenter.Default : null,
                    References = parseResult.GetValue(references) == "best" ? ReferenceMode.Best : ReferenceMode.Pooled,
                },
            };
            var report = CorpusScorer.ScoreWithSources(items, options);
            if (parseResult.GetValue(json))
            {
                using var stdout = TextLineInput.OpenStdout();
                stdout.WriteLine(ScoreReportJson.Serialize(report, parseResult.GetValue(perDoc)));
                return 0;
            }

            WriteTables(report, data.Name, parseResult.GetValue(tokenize)!, parseResult.GetValue(references)!, parseResult.GetValue(perDoc));
            return 0;
        });
        return command;
    }

    /// <summary>Pairs every document with its prediction, in dataset order; false (with the ids on stderr) when some are missing.</summary>
    private static bool Match(Dataset data, IReadOnlyList<Prediction> predicted, string predictionsPath, out List<(string Id, string Candidate, IReadOnlyList<string> References, string Source)> items)
    {
        var byId = PredictionsReader.ById(predicted);
        items = new List<(string, string, IReadOnlyList<string>, string)>(data.Documents.Count);
        var missing = new List<string>();
        var unlabelled = new List<string>();
        foreach (var document in data.Documents)
        {
            if (!byId.TryGetValue(document.Id, out var prediction))
            {
                missing.Add(document.Id);
            }
            else if (document.References.Count == 0)
            {
                unlabelled.Add(document.Id);
            }
            else
            {
                items.Add((document.Id, prediction.Summary, document.References, document.Source));
            }
        }

        if (unlabelled.Count > 0)
        {
            throw new DatasetException(data.Origin, null, "references", $"{Quantity.Of(unlabelled.Count, "document")} {(unlabelled.Count == 1 ? "has" : "have")} no reference summary to score against: {IdList(unlabelled)}.");
        }

        var known = data.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var extra = predicted.Where(p => !known.Contains(p.Id)).Select(p => p.Id).ToList();
        if (extra.Count > 0)
        {
            Console.Error.WriteLine($"summeval: {Quantity.Of(extra.Count, "prediction")} in {predictionsPath} {(extra.Count == 1 ? "has an id" : "have ids")} not in {data.Name} and {(extra.Count == 1 ? "was" : "were")} ignored: {IdList(extra)}.");
        }

        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"summeval: {missing.Count} of {Quantity.Of(data.Documents.Count, "document")} of {data.Name} {(missing.Count == 1 ? "has" : "have")} no prediction in {predictionsPath}: {IdList(missing)}.");
            return false;
        }

        return true;
    }

    private static string IdList(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Take(ListedIds)) + (ids.Count > ListedIds ? $" and {ids.Count - ListedIds} more" : string.Empty);

    private static void WriteTables(ScoreReport report, string datasetName, string tokenize, string references, bool perDoc)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(Markup.Escape($"{datasetName}: {Quantity.Of(report.Count, "document")}, {tokenize} level, {references} references"));
        var rouge = new Table().AddColumns("metric", "P", "R", "F", "95% CI (F)");
        foreach (var (name, summary) in new[] { ("ROUGE-1", report.Rouge1), ("ROUGE-2", report.Rouge2), ("ROUGE-L", report.RougeL) })
        {
            rouge.AddRow(name, Number(summary.Precision), Number(summary.Recall), Number(summary.F1), $"{Number(summary.CiLow)} - {Number(summary.CiHigh)}");
        }

        foreach (var column in rouge.Columns.Skip(1))
        {
            column.RightAligned();
        }

        console.Write(rouge);
        var length = report.Length;
        var lengths = new Table().AddColumns("budget", "within", "mean", "median", "p95", "mean overshoot", "empty");
        lengths.AddRow(
            length.MaxChars?.ToString(CultureInfo.InvariantCulture) ?? "none",
            length.Adherence.ToString("P1", CultureInfo.InvariantCulture),
            length.MeanChars.ToString("0.0", CultureInfo.InvariantCulture),
            length.MedianChars.ToString("0.#", CultureInfo.InvariantCulture),
            length.P95Chars.ToString("0.#", CultureInfo.InvariantCulture),
            length.MeanOvershoot.ToString("0.0", CultureInfo.InvariantCulture),
            length.Empty.ToString(CultureInfo.InvariantCulture));
        console.Write(lengths);
        if (report.Novelty is { } novelty)
        {
            var source = new Table().AddColumns("vs source", "mean", "95% CI");
            foreach (var (name, figure) in new[]
            {
                ("coverage", novelty.Coverage), ("density", novelty.Density), ("compression", novelty.Compression),
                ("novel 1-grams", novelty.Novel1), ("novel 2-grams", novelty.Novel2), ("novel 3-grams", novelty.Novel3),
                ("repeated bigrams", novelty.Repetition),
            })
            {
                source.AddRow(name, Number(figure.Mean), $"{Number(figure.CiLow)} - {Number(figure.CiHigh)}");
            }

            console.Write(source);
        }

        if (!perDoc)
        {
            return;
        }

        var docs = new Table().AddColumns("id", "R-1 F", "R-2 F", "R-L F", "chars", "coverage", "density", "novel 2-grams");
        foreach (var doc in report.PerDoc)
        {
            var n = doc.Novelty ?? NoveltyScores.Zero;
            docs.AddRow(
                Markup.Escape(doc.Id), Number(doc.Rouge.Rouge1.F1), Number(doc.Rouge.Rouge2.F1), Number(doc.Rouge.RougeL.F1), doc.Chars.ToString(CultureInfo.InvariantCulture),
                Number(n.Extractiveness.Coverage), n.Extractiveness.Density.ToString("0.00", CultureInfo.InvariantCulture), Number(n.Novel2));
        }

        console.Write(docs);
    }

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
