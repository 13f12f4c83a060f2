using System.CommandLine;
using SummEval.Cli.Commands;

var root = new RootCommand("SummEval: Chinese-first summarization and its evaluation (ROUGE, length adherence, leaderboards).");
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
