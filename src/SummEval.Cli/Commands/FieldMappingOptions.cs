using System.CommandLine;
using SummEval.Datasets;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>--source-field</c> and <c>--reference-field</c>: which fields of a user's dataset hold the text and the
/// reference summaries. Defined once and added to every command that reads a dataset, so the option the loader's
/// errors name ("name it with the reference-field option") exists wherever those errors can appear.
/// </summary>
internal sealed class FieldMappingOptions
{
    /// <summary>Creates the two options; <paramref name="sourceAliases"/> keeps older spellings of <c>--source-field</c> working.</summary>
    public FieldMappingOptions(params string[] sourceAliases)
    {
        Source = new Option<string?>("--source-field", sourceAliases)
        {
            Description = "Field (or TSV/CSV column) holding the source text; default: the first of content, abst, abstract, source, text, document, article present.",
        };
        Reference = new Option<string[]>("--reference-field")
        {
            Description = "Field holding a reference summary (a string or an array of strings); repeatable for several references; default: the first of references, title, reference, summary present.",
            Arity = ArgumentArity.ZeroOrMore,
        };
    }

    /// <summary><c>--source-field NAME</c>.</summary>
    public Option<string?> Source { get; }

    /// <summary><c>--reference-field NAME</c>, repeatable.</summary>
    public Option<string[]> Reference { get; }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(Reference);
    }

    /// <summary>
    /// <paramref name="options"/> with the fields given on the command line, else those of a run file
    /// (<paramref name="sourceField"/>, <paramref name="referenceFields"/>), else the loader's defaults.
    /// </summary>
    public DatasetLoadOptions Apply(ParseResult parse, DatasetLoadOptions options, string? sourceField = null, IReadOnlyList<string>? referenceFields = null) =>
        options with
        {
            SourceField = parse.GetValue(Source) ?? sourceField ?? options.SourceField,
            ReferenceFields = parse.GetValue(Reference) is { Length: > 0 } given ? given : referenceFields is { Count: > 0 } ? referenceFields : options.ReferenceFields,
        };
}
