using System.CommandLine;

namespace SummEval.Cli.Commands;

/// <summary>Options every command accepts (declared once on the root command, recursive).</summary>
internal static class GlobalOptions
{
    /// <summary><c>--plugin PATH</c>: a plugin assembly to load; repeatable. Plugin folders are searched too.</summary>
    public static Option<string[]> Plugin { get; } = new("--plugin")
    {
        Description = "A plugin assembly (.dll) with ISummarizerFactory implementations; repeatable. Folders in $SUMMEVAL_PLUGINS and ./plugins are searched too.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
