using System.CommandLine;
using SummEval.Cli.Summarizers;

namespace SummEval.Cli.Commands;

/// <summary>Options every command accepts (declared once on the root command, recursive).</summary>
internal static class GlobalOptions
{
    /// <summary><c>--plugin PATH</c>: a plugin assembly to load; repeatable. Folders in $SUMMEVAL_PLUGINS are searched too.</summary>
    public static Option<string[]> Plugin { get; } = new("--plugin")
    {
        Description = "A plugin assembly (.dll) with ISummarizerFactory implementations; repeatable. Folders in $SUMMEVAL_PLUGINS and --plugins-dir are searched too.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// <c>--plugins-dir DIR</c>: a folder of plugins to load; repeatable. The only way a folder such as <c>./plugins</c>
    /// is searched: nothing in the working directory runs unless named.
    /// </summary>
    public static Option<string[]> PluginsDir { get; } = new("--plugins-dir")
    {
        Description = "A folder of plugin assemblies (DLLs, or NAME/NAME.dll per plugin) to load; repeatable. ./plugins is loaded only when named here.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The summarizer catalog with exactly the plugins named on the command line, in the environment and in <paramref name="runFilePlugins"/>.</summary>
    public static SummarizerCatalog Catalog(ParseResult parseResult, IEnumerable<string>? runFilePlugins = null) =>
        SummarizerCatalog.CreateDefault(
            (parseResult.GetValue(Plugin) ?? []).Concat(runFilePlugins ?? []),
            parseResult.GetValue(PluginsDir));
}
