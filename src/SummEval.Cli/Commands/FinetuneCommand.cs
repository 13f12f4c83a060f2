using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SummEval.Datasets;
using SummEval.OpenAI.FineTuning;
using SummEval.OpenAI.Resilience;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval finetune</c>: prepare a training file, start, follow, inspect, list and cancel fine-tuning jobs, and
/// download their metrics. Endpoint and key come from OPENAI_BASE_URL and OPENAI_API_KEY.
/// </summary>
internal static class FinetuneCommand
{
    public static Command Create()
    {
        var command = new Command("finetune", "Fine-tune an OpenAI model on summarization pairs (uses OPENAI_API_KEY, OPENAI_BASE_URL).");
        command.Subcommands.Add(Prepare());
        command.Subcommands.Add(CreateJob());
        command.Subcommands.Add(Follow());
        command.Subcommands.Add(Get());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Cancel());
        command.Subcommands.Add(Results());
        return command;
    }

    private static Command Prepare()
    {
        var dataset = new Option<string>("--dataset") { Description = "A dataset: sample, csl:train, or a JSONL/JSON/TSV/CSV file (any format 'summeval score' reads).", Required = true };
        var count = new Option<int>("--count") { Description = "How many pairs to take from the start.", DefaultValueFactory = _ => 500 };
        var format = new Option<string>("--format") { Description = "completion (babbage-002/davinci-002) or chat (gpt-4o-mini).", DefaultValueFactory = _ => "completion" };
        format.AcceptOnlyFromAmong("completion", "chat");
        var model = new Option<string?>("--model") { Description = "Model the file is for (tokenizer and price); default by format." };
        var epochs = new Option<int>("--epochs") { Description = "Epochs for the cost estimate.", DefaultValueFactory = _ => 3 };
        var output = new Option<FileInfo>("--out") { Description = "Training JSONL to write.", Required = true };
        var command = new Command("prepare", "Write a training JSONL from a dataset, check and fix it, count tokens and estimate the cost.")
        {
            dataset, count, format, model, epochs, output,
        };
        var fields = new FieldMappingOptions();
        fields.AddTo(command);
        command.SetAction(parse =>
        {
            var chat = parse.GetValue(format) == "chat";
            var modelName = parse.GetValue(model) ?? (chat ? "gpt-4o-mini" : "babbage-002");
            OutputGuard.EnsureNotAnInput(parse.GetValue(output)!.FullName, "--out", [parse.GetValue(dataset)!]);
            var documents = DatasetLoader.Load(parse.GetValue(dataset)!, fields.Apply(parse, new DatasetLoadOptions())).Documents;
            var prepared = TrainingDataPreparer.Prepare(
                documents, parse.GetValue(count), chat ? TrainingFormat.Chat : TrainingFormat.Completion, modelName, parse.GetValue(epochs),
                maxTokensPerExample: chat ? 65_536 : 2_048);
            var path = parse.GetValue(output)!.FullName;
            File.WriteAllLines(path, prepared.Lines, new UTF8Encoding(false));
            foreach (var note in prepared.Notes)
            {
                Console.Out.WriteLine("- " + note);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {Quantity.Of(prepared.Lines.Count, "example")} to {path}: {Quantity.Of(prepared.Tokens, "token")} ({prepared.TokenizerModel} encoding)."));
            Console.Out.WriteLine(prepared.EstimatedCostUsd is { } cost
                ? string.Create(CultureInfo.InvariantCulture, $"Estimated training cost for {modelName}, {prepared.Epochs} epochs: ${cost:0.0000}")
                : $"No training price known for {modelName}; no cost estimate.");
            return prepared.Lines.Count == 0 ? ErrorReporter.UserError : 0;
        });
        return command;
    }

    private static Command CreateJob()
    {
        var file = new Option<FileInfo>("--file") { Description = "Training JSONL (from 'finetune prepare').", Required = true };
        var model = new Option<string>("--model") { Description = "Base model (e.g. gpt-4o-mini-2024-07-18, babbage-002) or an earlier ft: model.", Required = true };
        var suffix = new Option<string?>("--suffix") { Description = "Up to 64 characters added to the fine-tuned model's name." };
        var epochs = new Option<int?>("--epochs") { Description = "Number of epochs (provider default when unset)." };
        var command = new Command("create", "Upload the training file and start a fine-tuning job; prints the job id.") { file, model, suffix, epochs };
        command.SetAction(async (parse, ct) =>
        {
            var service = Service();
            var path = parse.GetValue(file)!.FullName;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Training file not found: {path}", path);
            }

            var fileId = await service.UploadAsync(path, ct);
            Console.Error.WriteLine($"Uploaded {Path.GetFileName(path)} as {fileId}.");
            var job = await service.CreateAsync(fileId, parse.GetValue(model)!, parse.GetValue(suffix), parse.GetValue(epochs), ct);
            Console.Out.WriteLine(job.Id);
            return 0;
        });
        return command;
    }

    private static Command Follow()
    {
        var job = new Argument<string>("job") { Description = "Job id (ftjob-...)." };
        var interval = new Option<double>("--interval") { Description = "Seconds between polls.", DefaultValueFactory = _ => 10 };
        var command = new Command("follow", "Stream the job's events with progress until it ends (reconnects after a dropped connection).") { job, interval };
        command.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(job)!;
            try
            {
                return await FollowAsync(Service(), id, parse.GetValue(interval), ct);
            }
            catch (OperationCanceledException e) when (ct.IsCancellationRequested)
            {
                // Following is only watching: the job itself goes on at the provider.
                throw new CommandCancelledException(
                    $"stopped following {id}; the job goes on (summeval finetune follow {id} follows it again, summeval finetune cancel {id} stops it).", e);
            }
        });
        return command;
    }

    private static async Task<int> FollowAsync(FineTuningService service, string id, double interval, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reconnects = 0;
        while (true)
        {
            FineTuningJob state;
            try
            {
                foreach (var e in await service.NewEventsAsync(id, seen, ct))
                {
                    var time = DateTimeOffset.FromUnixTimeSeconds(e.CreatedAt).ToString("u", CultureInfo.InvariantCulture);
                    var progress = e.Step is { } step && e.TotalSteps is { } total && total > 0
                        ? string.Create(CultureInfo.InvariantCulture, $" [{100.0 * step / total:0}%]")
                        : "";
                    Console.Out.WriteLine($"{time} {e.Level}{progress} {e.Message}");
                }

                state = await service.GetAsync(id, ct);
                reconnects = 0;
            }
            catch (OpenAIRequestException e) when (e.Kind is OpenAIFailureKind.Network or OpenAIFailureKind.ServerError && reconnects < 10)
            {
                // The events already printed are remembered, so after reconnecting only new ones are shown.
                reconnects++;
                Console.Error.WriteLine($"Connection lost ({e.Kind}); reconnecting ({reconnects}/10)...");
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, interval * reconnects)), ct);
                continue;
            }

            if (state.IsFinished)
            {
                Console.Out.WriteLine($"Job {state.Id} {state.Status}." + (state.FineTunedModel is { } m ? $" Fine-tuned model: {m}" : ""));
                return state.Status == "succeeded" ? 0 : 1;
            }

            await Task.Delay(TimeSpan.FromSeconds(interval), ct);
        }
    }

    private static Command Get()
    {
        var job = new Argument<string>("job") { Description = "Job id." };
        var json = new Option<bool>("--json") { Description = "Print the job's JSON." };
        var command = new Command("get", "Show a fine-tuning job.") { job, json };
        command.SetAction(async (parse, ct) =>
        {
            var state = await Service().GetAsync(parse.GetValue(job)!, ct);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(state.Json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }

            Console.Out.WriteLine($"id: {state.Id}");
            Console.Out.WriteLine($"status: {state.Status}");
            Console.Out.WriteLine($"model: {state.Model}");
            Console.Out.WriteLine($"fine_tuned_model: {state.FineTunedModel ?? "-"}");
            Console.Out.WriteLine($"trained_tokens: {state.TrainedTokens?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
            Console.Out.WriteLine($"result_files: {(state.ResultFiles.Count == 0 ? "-" : string.Join(", ", state.ResultFiles))}");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var limit = new Option<int>("--limit") { Description = "How many recent jobs.", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List recent fine-tuning jobs.") { limit };
        command.SetAction(async (parse, ct) =>
        {
            foreach (var job in await Service().ListAsync(parse.GetValue(limit), ct))
            {
                Console.Out.WriteLine($"{job.Id}\t{job.Status}\t{job.Model}\t{job.FineTunedModel ?? "-"}");
            }

            return 0;
        });
        return command;
    }

    private static Command Cancel()
    {
        var job = new Argument<string>("job") { Description = "Job id." };
        var command = new Command("cancel", "Cancel a fine-tuning job.") { job };
        command.SetAction(async (parse, ct) =>
        {
            var state = await Service().CancelAsync(parse.GetValue(job)!, ct);
            Console.Out.WriteLine($"{state.Id} {state.Status}");
            return 0;
        });
        return command;
    }

    private static Command Results()
    {
        var job = new Argument<string>("job") { Description = "Job id." };
        var output = new Option<FileInfo>("--out") { Description = "Metrics CSV to write.", Required = true };
        var command = new Command("results", "Download the job's result file (step metrics) as CSV.") { job, output };
        command.SetAction(async (parse, ct) =>
        {
            var service = Service();
            var state = await service.GetAsync(parse.GetValue(job)!, ct);
            if (state.ResultFiles.Count == 0)
            {
                throw new OpenAIRequestException(OpenAIFailureKind.BadRequest, $"Job {state.Id} has no result file yet (status {state.Status}).");
            }

            var csv = await service.DownloadTextAsync(state.ResultFiles[0], ct);
            var path = parse.GetValue(output)!.FullName;
            await File.WriteAllTextAsync(path, csv.EndsWith('\n') ? csv : csv + "\n", new UTF8Encoding(false), ct);
            Console.Out.WriteLine($"Wrote {Quantity.Of(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, "metric row")} to {path}.");
            return 0;
        });
        return command;
    }

    private static FineTuningService Service()
    {
        try
        {
            return new FineTuningService(OpenAIConnection.Resolve(null, null));
        }
        catch (InvalidOperationException e)
        {
            throw new OpenAIRequestException(OpenAIFailureKind.Unauthorized, e.Message);
        }
    }
}
