using System.CommandLine;
using SummEval.Cli.Commands;

var root = new RootCommand("SummEval: Chinese-first summarization and its evaluation (ROUGE, length adherence, leaderboards).");
root.Options.Add(GlobalOptions.Plugin);
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    return await root.Parse(args).InvokeAsync(invocation);
}
catch (Exception ex)
{
    return ErrorReporter.Report(ex);
}
