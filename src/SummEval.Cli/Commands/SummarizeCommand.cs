using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using SummEval.Cli.Summarizers;
using SummEval.Datasets;
using SummEval.Documents;
using SummEval.Summarizers;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval summarize -s SPEC</c>: summarizes stdin lines (or a JSONL field) with one summarizer, one output
/// line per input in input order. A document that fails is reported on stderr and the rest go on.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var summarizer = new Option<string>("--summarizer", "-s") { Description = "The summarizer spec, e.g. textrank:similarity=bm25 (see `summeval list`).", Required = true };
        var maxChars = new Option<int?>("--max-chars") { Description = "Length budget in characters (Unicode code points); none when omitted (a summarizer with a default of its own, such as compressive's 30, uses it)." };
        var input = new Option<string?>("--input") { Description = "Read a dataset (a .jsonl/.json/.tsv/.csv file or a name such as csl-md:dev; a .txt file is one document) instead of stdin lines." };
        var json = new Option<bool>("--json") { Description = "Write {\"id\",\"summary\",\"chars\",\"latencyMs\"} per line instead of the summary alone." };
        var concurrency = new Option<int>("--concurrency") { Description = "Documents summarized at once (output order is kept).", DefaultValueFactory = _ => 4 };
        var seed = new Option<int>("--seed") { Description = "Seed passed to the summarizer.", DefaultValueFactory = _ => 42 };
        var dataDir = DataDirectoryOption.Create();
        var command = new Command("summarize", "Summarize texts with one summarizer: stdin lines, or a field of each JSONL line.")
        {
            summarizer, maxChars, input, json, concurrency, seed, dataDir,
        };

        // --field is the older spelling of --source-field. Only an oracle reads references, so only an oracle looks for
        // the default reference fields (and needs them on every line); any other summarizer reads them only when named,
        // so a user's file whose first line happens to have a title does not fail on a later line without one.
        var fields = new FieldMappingOptions("--field");
        fields.AddTo(command);
        maxChars.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--max-chars must be a positive number of characters.");
            }
        });
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--concurrency must be at least 1.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var catalog = GlobalOptions.Catalog(parseResult);
            var (instance, factory, _) = catalog.Create(parseResult.GetValue(summarizer)!);
            try
            {
                var options = new SummaryOptions { MaxChars = parseResult.GetValue(maxChars), Seed = parseResult.GetValue(seed) };
                var file = parseResult.GetValue(input);
                if (file is null && (parseResult.GetValue(fields.Source) is not null || parseResult.GetValue(fields.Reference) is { Length: > 0 }))
                {
                    // Before, the field was dropped and each raw JSON line summarized as text.
                    throw new UsageException("--source-field and --reference-field name fields of a dataset file: give it with --input (stdin lines are read as plain text).");
                }

                if (file is null && factory.IsOracle)
                {
                    throw new UsageException($"{factory.Name} is an oracle: it reads each document's reference summary, so give a dataset with --input (stdin lines have no reference).");
                }

                return await SummarizeAllAsync(
                    instance,
                    options,
                    Inputs(file, fields.Apply(parseResult, LoadOptions(factory.IsOracle, parseResult.GetValue(dataDir)))),
                    parseResult.GetValue(json),
                    parseResult.GetValue(concurrency),
                    cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await SummarizerDisposal.DisposeAsync(instance).ConfigureAwait(false);
            }
        });
        return command;
    }

    // Before, an oracle failed on every document of a dataset with a title ("has no reference") unless
    // --reference-field named it: the help promised the default fields, and the loader was told to read none.
    private static DatasetLoadOptions LoadOptions(bool oracle, string? dataDirectory) => oracle
        ? new DatasetLoadOptions { DataDirectory = dataDirectory }
        : new DatasetLoadOptions { RequireReferences = false, ReferenceFields = [], DataDirectory = dataDirectory };

    // A dataset's documents keep the references that were read (the oracles use them); stdin lines have none.
    private static IEnumerable<(string? Id, string Text, IReadOnlyList<string> References)> Inputs(string? input, DatasetLoadOptions options) =>
        input is null
            ? TextLineInput.Read(null, string.Empty).Select(line => (line.Id, line.Text, (IReadOnlyList<string>)[]))
            : DatasetLoader.Load(input, options).Documents.Select(d => ((string?)d.Id, d.Source, d.References));

    private static async Task<int> SummarizeAllAsync(
        ISummarizer summarizer,
        SummaryOptions options,
        IEnumerable<(string? Id, string Text, IReadOnlyList<string> References)> inputs,
        bool asJson,
        int concurrency,
        CancellationToken cancellationToken)
    {
        using var stdout = TextLineInput.OpenStdout();
        var pending = new Queue<(string Id, Task<(SummaryResult? Result, Exception? Error, double Ms)> Work)>();
        var failures = 0;
        var number = 0;

        async Task DrainOneAsync()
        {
            var (id, work) = pending.Dequeue();
            var (result, error, ms) = await work.ConfigureAwait(false);
            if (error is not null)
            {
                failures++;
                await Console.Error.WriteLineAsync($"summeval: document '{id}': {error.Message}").ConfigureAwait(false);
                // Keep one output line per input so outputs stay aligned with inputs.
                stdout.WriteLine(asJson ? new JsonObject { ["id"] = id, ["error"] = error.Message }.ToJsonString(TextLineInput.Json) : string.Empty);
                return;
            }

            var text = result!.Text;
            stdout.WriteLine(asJson
                ? new JsonObject { ["id"] = id, ["summary"] = text, ["chars"] = TextLength.Chars(text), ["latencyMs"] = Math.Round(ms, 3) }.ToJsonString(TextLineInput.Json)
                : text.ReplaceLineEndings(" "));
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (id, text, references) in inputs)
        {
            number++;
            var name = id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var document = new Document(name, text, references);
            pending.Enqueue((document.Id, RunOneAsync(summarizer, document, options, cancellationToken)));
            if (pending.Count >= concurrency)
            {
                await DrainOneAsync().ConfigureAwait(false);
            }
        }

        while (pending.Count > 0)
        {
            await DrainOneAsync().ConfigureAwait(false);
        }

        if (failures > 0)
        {
            await Console.Error.WriteLineAsync($"summeval: {failures} of {Quantity.Of(number, "document")} failed.").ConfigureAwait(false);
        }

        return failures > 0 ? 1 : 0;
    }

    private static async Task<(SummaryResult? Result, Exception? Error, double Ms)> RunOneAsync(
        ISummarizer summarizer, Document document, SummaryOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await summarizer.SummarizeAsync(document, options, cancellationToken).ConfigureAwait(false);
            return (result, null, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (null, ex, clock.Elapsed.TotalMilliseconds);
        }
    }
}
