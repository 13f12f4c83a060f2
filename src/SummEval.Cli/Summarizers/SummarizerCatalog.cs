using SummEval.Cli.Plugins;
using SummEval.Summarizers;
using SummEval.Summarizers.Exec;

namespace SummEval.Cli.Summarizers;

/// <summary>
/// The summarizer kinds <c>summeval</c> knows: the built-in ones from SummEval's own assemblies, plus any
/// added at run time (plugins). Specs are resolved here, so every command accepts the same names.
/// </summary>
internal sealed class SummarizerCatalog
{
    private readonly List<(ISummarizerFactory Factory, string Origin)> _factories = [];

    /// <summary>
    /// A catalog holding the built-in summarizers and only the plugins the user named: the folders in
    /// <c>$SUMMEVAL_PLUGINS</c> and <paramref name="pluginFolders"/> (<c>--plugins-dir</c>), and the assemblies in
    /// <paramref name="pluginPaths"/> (<c>--plugin</c>, a run file's <c>plugins:</c>).
    /// </summary>
    public static SummarizerCatalog CreateDefault(IEnumerable<string>? pluginPaths = null, IEnumerable<string>? pluginFolders = null)
    {
        var catalog = new SummarizerCatalog();
        foreach (var factory in BuiltIn())
        {
            catalog.Add(factory, "built-in");
        }

        var paths = PluginLoader.EnvironmentFolders().Concat(pluginFolders ?? []).SelectMany(PluginLoader.DiscoverIn)
            .Concat(pluginPaths ?? [])
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var factory in PluginLoader.Load(path))
            {
                catalog.Add(factory, path);
            }
        }

        return catalog;
    }

    /// <summary>Every registered factory with where it came from (built-in, or a plugin's path).</summary>
    public IReadOnlyList<(ISummarizerFactory Factory, string Origin)> Factories => _factories;

    /// <summary>Registers a factory; a name already taken is an error, so plugins cannot shadow built-ins.</summary>
    public void Add(ISummarizerFactory factory, string origin)
    {
        if (_factories.Any(f => string.Equals(f.Factory.Name, factory.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new SummarizerSpecException($"Summarizer '{factory.Name}' from {origin} is already defined.");
        }

        _factories.Add((factory, origin));
    }

    /// <summary>Finds the factory for <paramref name="spec"/> or fails listing the valid names.</summary>
    public ISummarizerFactory Resolve(SummarizerSpec spec) =>
        _factories.FirstOrDefault(f => string.Equals(f.Factory.Name, spec.Name, StringComparison.OrdinalIgnoreCase)).Factory
        ?? throw new SummarizerSpecException(
            $"Unknown summarizer '{spec.Name}'. Valid: {string.Join(", ", _factories.Select(f => f.Factory.Name).Order(StringComparer.Ordinal))}.");

    /// <summary>Parses, validates and creates a summarizer from a spec string.</summary>
    public (ISummarizer Summarizer, ISummarizerFactory Factory, string Label) Create(string specText)
    {
        var spec = SummarizerSpec.Parse(specText);
        var factory = Resolve(spec);
        var arguments = SummarizerArguments.Bind(spec, factory.Parameters);
        return (factory.Create(arguments), factory, spec.ToString(factory.Parameters));
    }

    private static IEnumerable<ISummarizerFactory> BuiltIn()
    {
        // Each SummEval assembly contributes its factories here.
        yield return new ExecSummarizerFactory();
        yield return new SummEval.Summarizers.File.FileSummarizerFactory();
        yield return new SummEval.Extractive.Lead.LeadSentenceFactory();
        yield return new SummEval.Extractive.Lead.LeadCharsFactory();
        yield return new SummEval.Extractive.TextRank.TextRankFactory();
        yield return new SummEval.Extractive.Oracles.OracleSentenceFactory();
        yield return new SummEval.Extractive.Oracles.OracleLcsFactory();
        yield return new SummEval.Compressive.CompressiveFactory();
        yield return new SummEval.OpenAI.Chat.OpenAIChatSummarizerFactory();
        yield return new SummEval.OpenAI.Completions.OpenAICompletionsSummarizerFactory();
        yield return new SummEval.Mt5.Mt5SummarizerFactory();
    }
}
