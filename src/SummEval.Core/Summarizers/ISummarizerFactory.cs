namespace SummEval.Summarizers;

/// <summary>
/// Creates summarizers of one kind from their parameters, and describes them for <c>summeval list</c>.
/// A plugin assembly exposes one public parameterless-constructible implementation per summarizer kind.
/// </summary>
public interface ISummarizerFactory
{
    /// <summary>The name used in specs, e.g. <c>textrank</c> in <c>textrank:similarity=bm25</c>.</summary>
    string Name { get; }

    /// <summary>One sentence for listings.</summary>
    string Description { get; }

    /// <summary>The parameters this summarizer accepts; anything else is rejected.</summary>
    IReadOnlyList<SummarizerParameter> Parameters { get; }

    /// <summary>Oracles look at the references; leaderboards mark them and leave them out of the ranking by default.</summary>
    bool IsOracle => false;

    /// <summary>
    /// The files or folders whose content decides this summarizer's output besides its spec (a predictions file, a
    /// model): a run records their digest and refuses to reuse stored summaries once they change. None by default.
    /// </summary>
    IReadOnlyList<string> InputFiles(SummarizerArguments arguments) => [];

    /// <summary>Creates a summarizer from validated arguments (see <see cref="SummarizerArguments"/>).</summary>
    ISummarizer Create(SummarizerArguments arguments);
}
