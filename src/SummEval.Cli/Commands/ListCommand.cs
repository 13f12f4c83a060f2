using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using SummEval.Cli.Summarizers;

namespace SummEval.Cli.Commands;

/// <summary><c>summeval list</c>: every summarizer available, its parameters, and where it came from.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = new Command("list", "List every available summarizer with its parameters and origin.") { json };
        command.SetAction(parseResult =>
        {
            var catalog = GlobalOptions.Catalog(parseResult);
            var factories = catalog.Factories.OrderBy(f => f.Factory.Name, StringComparer.Ordinal).ToList();
            if (parseResult.GetValue(json))
            {
                var array = new JsonArray();
                foreach (var (factory, origin) in factories)
                {
                    var parameters = new JsonArray();
                    foreach (var p in factory.Parameters)
                    {
                        parameters.Add(new JsonObject
                        {
                            ["name"] = p.Name,
                            ["kind"] = p.Kind.ToString().ToLowerInvariant(),
                            ["description"] = p.Description,
                            ["default"] = p.Default,
                            ["required"] = p.Required,
                            ["allowed"] = new JsonArray(p.AllowedValues.Select(v => (JsonNode?)v).ToArray()),
                        });
                    }

                    array.Add(new JsonObject
                    {
                        ["name"] = factory.Name,
                        ["oracle"] = factory.IsOracle,
                        ["description"] = factory.Description,
                        ["origin"] = origin,
                        ["parameters"] = parameters,
                    });
                }

                Console.Out.WriteLine(array.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return 0;
            }

            var table = new Table().AddColumns("summarizer", "parameters", "origin", "description");
            foreach (var (factory, origin) in factories)
            {
                var parameters = string.Join("\n", factory.Parameters.Select(p =>
                    $"{p.Name} ({p.Kind.ToString().ToLowerInvariant()}{(p.Default is null ? string.Empty : ", default " + p.Default)})"));
                table.AddRow(
                    Markup.Escape(factory.Name + (factory.IsOracle ? " [oracle]" : string.Empty)),
                    Markup.Escape(parameters),
                    Markup.Escape(origin),
                    Markup.Escape(factory.Description));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
