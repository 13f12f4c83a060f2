using System.CommandLine;
using Spectre.Console;
using SummEval.Cli.Summarizers;

namespace SummEval.Cli.Commands;

/// <summary><c>summeval list</c>: every summarizer available, its parameters, and where it came from.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List every available summarizer with its parameters and origin.");
        command.SetAction(_ =>
        {
            var catalog = SummarizerCatalog.CreateDefault();
            var table = new Table().AddColumns("summarizer", "parameters", "origin", "description");
            foreach (var (factory, origin) in catalog.Factories.OrderBy(f => f.Factory.Name, StringComparer.Ordinal))
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
