using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using SummEval.Cli.Data;
using SummEval.Datasets;
using SummEval.Text;

namespace SummEval.Cli.Commands;

/// <summary><c>summeval data pull NAME</c> and <c>summeval data list</c>: fetch named datasets and show where they are.</summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Pull named datasets (csl, csl-md) into the data folder and list known datasets.");
        command.Subcommands.Add(CreatePull());
        command.Subcommands.Add(CreateList());
        return command;
    }

    private static Option<string?> DataDirOption() => DataDirectoryOption.Create("pulled datasets");

    private static Command CreatePull()
    {
        var name = new Argument<string>("name") { Description = "Dataset to pull: " + string.Join(", ", DatasetManifest.All.Select(m => m.Name)) + "." };
        var from = new Option<string?>("--from") { Description = "Copy the upstream files from this local folder instead of downloading them." };
        var mirror = new Option<string?>("--mirror") { Description = "Download the upstream files by name from this base URL instead of the manifest's URLs." };
        var dataDir = DataDirOption();
        var command = new Command("pull", "Download (or copy with --from) a dataset's upstream files, verify their sha256 and convert them to canonical JSON Lines.")
        {
            name, from, mirror, dataDir,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var datasetName = parseResult.GetValue(name)!;
            var manifest = DatasetManifest.Find(datasetName)
                ?? throw new DatasetException(datasetName, null, null, $"unknown dataset (pullable: {string.Join(", ", DatasetManifest.All.Select(m => m.Name))}).");
            var dataDirectory = DataFolder.Resolve(parseResult.GetValue(dataDir));
            var mirrorUrl = parseResult.GetValue(mirror) is { } m
                ? (Uri.TryCreate(m, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : throw new DatasetException(m, null, null, "--mirror must be an http(s) URL."))
                : null;
            if (mirrorUrl is not null && parseResult.GetValue(from) is not null)
            {
                throw new DatasetException(null, null, null, "give either --from DIR or --mirror URL, not both.");
            }

            Console.Error.WriteLine($"Pulling {manifest.Name} into {DataFolder.DatasetDirectory(dataDirectory, manifest.Name)}");
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.UserAgent.ParseAdd("summeval/0.1");
            var puller = new DatasetPuller(http);
            IReadOnlyList<PulledFile> pulled;
            try
            {
                pulled = await PullProgressView.RunAsync(progress =>
                    puller.PullAsync(manifest, dataDirectory, parseResult.GetValue(from), mirrorUrl, progress, cancellationToken));
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                // A verified file is never fetched again; only the one in flight is dropped.
                throw new CommandCancelledException("the files already downloaded and verified are kept; rerunning the same command fetches only the rest.", e);
            }

            foreach (var file in pulled)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name}\t{Quantity.Of(file.Documents, "document")}\t{file.Path}"));
            }

            return 0;
        });
        return command;
    }

    private static Command CreateList()
    {
        var dataDir = DataDirOption();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = new Command("list", "List known datasets, whether they are available, and where they are.") { dataDir, json };
        command.SetAction(parseResult =>
        {
            var dataDirectory = DataFolder.Resolve(parseResult.GetValue(dataDir));
            var rows = new List<(string Name, string Status, string Location, string Description)>
            {
                (DatasetLoader.SampleName, "built-in", "embedded (eval-data/sample/sample.jsonl)", "Original Chinese abstracts with titles, written for SummEval"),
            };
            foreach (var manifest in DatasetManifest.All)
            {
                foreach (var file in manifest.Files)
                {
                    var path = DatasetLoader.PulledPath(manifest, file, dataDirectory);
                    rows.Add(($"{manifest.Name}:{file.Split}", File.Exists(path) ? "pulled" : $"not pulled (summeval data pull {manifest.Name})", path, manifest.Description));
                }
            }

            if (parseResult.GetValue(json))
            {
                var array = new JsonArray(rows.Select(r => (JsonNode)new JsonObject
                {
                    ["name"] = r.Name,
                    ["available"] = !r.Status.StartsWith("not", StringComparison.Ordinal),
                    ["status"] = r.Status,
                    ["location"] = r.Location,
                    ["description"] = r.Description,
                }).ToArray());
                Console.Out.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return 0;
            }

            Console.Out.WriteLine($"Data folder: {dataDirectory}");
            var table = new Table().AddColumns("dataset", "status", "location");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Name), Markup.Escape(row.Status), Markup.Escape(row.Location));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
