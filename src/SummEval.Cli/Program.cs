using System.CommandLine;
using SummEval.Cli.Commands;

var root = new RootCommand("SummEval: Chinese-first summarization and its evaluation (ROUGE, length adherence, leaderboards).");
root.Options.Add(GlobalOptions.Plugin);
root.Options.Add(GlobalOptions.PluginsDir);
foreach (var command in CommandCatalog.Create())
{
    root.Subcommands.Add(command);
}

// Signals are handled by TerminationSignals, which knows which one came (System.CommandLine's handling does not).
var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
TerminationSignals? signals = null;
try
{
    var parseResult = root.Parse(args.Length == 0 ? ["--help"] : args);
    if (parseResult.Errors.Count > 0)
    {
        // Usage errors exit 2 like other user errors, so scripts can tell them from a failed quality check (1).
        foreach (var error in parseResult.Errors)
        {
            Console.Error.WriteLine($"summeval: {error.Message}");
        }

        Console.Error.WriteLine($"Run '{string.Join(' ', parseResult.CommandResult.Command.Name == root.Name ? ["summeval"] : ["summeval", .. CommandPath(parseResult.CommandResult)])} --help' for usage.");
        return ErrorReporter.UserError;
    }

    // Only commands that can be cancelled take signals; Ctrl+C ends any other at once, as by default.
    if (parseResult.Action is not System.CommandLine.Invocation.AsynchronousCommandLineAction)
    {
        return await parseResult.InvokeAsync(invocation);
    }

    signals = new TerminationSignals();
    return await parseResult.InvokeAsync(invocation, signals.Token);
}
catch (Exception ex)
{
    return ErrorReporter.Report(ex, signals?.Received);
}
finally
{
    signals?.Dispose();
}

static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
{
    var names = new Stack<string>();
    for (var current = result; current.Parent is System.CommandLine.Parsing.CommandResult parent; current = parent)
    {
        names.Push(current.Command.Name);
    }

    return names;
}
