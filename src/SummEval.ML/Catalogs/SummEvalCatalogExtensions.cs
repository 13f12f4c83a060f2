using SummEval.ML.Catalogs;
using SummEval.ML.Evaluation;
using SummEval.ML.Summarization;
using SummEval.ML.Tokenization;
using SummEval.Summarizers;

namespace Microsoft.ML;

/// <summary>
/// SummEval's members on ML.NET's catalogs (<c>mlContext.Transforms.Text.TokenizeIntoChineseWords</c>,
/// <c>mlContext.Summarization</c>), in namespace <c>Microsoft.ML</c> as ML.NET's own add-on packages put theirs.
/// </summary>
public static class SummEvalCatalogExtensions
{
    extension(TransformsCatalog.TextTransforms catalog)
    {
        /// <summary>
        /// Splits Chinese text into words with Jieba (accurate mode, HMM on), giving a variable-length vector of text
        /// like <c>TokenizeIntoWords</c>, ready for <c>MapValueToKey</c>, <c>ProduceNgrams</c> or <c>ProduceWordBags</c>.
        /// To load a saved model that contains it, first call
        /// <c>mlContext.ComponentCatalog.RegisterAssembly(typeof(ChineseWordTokenizerFactory).Assembly)</c>.
        /// </summary>
        /// <param name="outputColumnName">The column of words to create.</param>
        /// <param name="inputColumnName">The text column; <paramref name="outputColumnName"/> when null.</param>
        public IEstimator<ITransformer> TokenizeIntoChineseWords(string outputColumnName, string? inputColumnName = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(outputColumnName);
            var context = CatalogEnvironment.Of(catalog);
            return context.Transforms.CopyColumns(ChineseWordTokenizerFactory.InputColumn, inputColumnName ?? outputColumnName)
                .Append(context.Transforms.CustomMapping(new ChineseWordTokenizerFactory().GetMapping(), ChineseWordTokenizerFactory.ContractName))
                .Append(context.Transforms.CopyColumns(outputColumnName, ChineseWordTokenizerFactory.OutputColumn))
                .Append(context.Transforms.DropColumns(ChineseWordTokenizerFactory.InputColumn, ChineseWordTokenizerFactory.OutputColumn));
        }

        /// <summary>
        /// Writes a summary of each row's text with <paramref name="summarizer"/> under <paramref name="maxChars"/>
        /// characters. The pipeline runs in memory; it holds the summarizer itself, so it is not saved with
        /// <c>Model.Save</c>.
        /// </summary>
        /// <param name="outputColumnName">The summary column to create (text).</param>
        /// <param name="summarizer">Any SummEval summarizer; it must be safe to call concurrently, as ISummarizer requires.</param>
        /// <param name="inputColumnName">The source text column; <paramref name="outputColumnName"/> when null.</param>
        /// <param name="maxChars">The length budget in characters (code points), or null for none.</param>
        public IEstimator<ITransformer> Summarize(string outputColumnName, ISummarizer summarizer, string? inputColumnName = null, int? maxChars = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(outputColumnName);
            return SummarizeMapping.Create(CatalogEnvironment.Of(catalog), outputColumnName, inputColumnName ?? outputColumnName, SummarizeMapping.With(summarizer, maxChars));
        }

        /// <summary>
        /// Writes a summary of each row's text with the summarizer named by <paramref name="summarizerSpec"/>
        /// (<c>name</c> or <c>name:key=value,...</c>, as <c>summeval list</c> shows), found among <paramref name="factories"/>.
        /// </summary>
        /// <param name="outputColumnName">The summary column to create (text).</param>
        /// <param name="summarizerSpec">The summarizer spec, e.g. <c>textrank:similarity=bm25</c>.</param>
        /// <param name="factories">The summarizer kinds to resolve the spec against (e.g. <c>new TextRankFactory()</c>).</param>
        /// <param name="inputColumnName">The source text column; <paramref name="outputColumnName"/> when null.</param>
        /// <param name="maxChars">The length budget in characters (code points), or null for none.</param>
        public IEstimator<ITransformer> Summarize(string outputColumnName, string summarizerSpec, IEnumerable<ISummarizerFactory> factories, string? inputColumnName = null, int? maxChars = null)
        {
            ArgumentNullException.ThrowIfNull(factories);
            var spec = SummarizerSpec.Parse(summarizerSpec);
            var known = factories.ToList();
            var factory = known.FirstOrDefault(f => string.Equals(f.Name, spec.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new SummarizerSpecException($"Unknown summarizer '{spec.Name}'. Valid: {string.Join(", ", known.Select(f => f.Name).Order(StringComparer.Ordinal))}.");
            return catalog.Summarize(outputColumnName, factory.Create(SummarizerArguments.Bind(spec, factory.Parameters)), inputColumnName, maxChars);
        }
    }

    extension(MLContext context)
    {
        /// <summary>Summarization: evaluation of summaries against references.</summary>
        public SummarizationCatalog Summarization => new(context);
    }
}
