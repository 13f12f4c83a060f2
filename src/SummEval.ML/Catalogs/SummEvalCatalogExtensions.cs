using SummEval.ML.Catalogs;
using SummEval.ML.Evaluation;
using SummEval.ML.Tokenization;

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
    }

    extension(MLContext context)
    {
        /// <summary>Summarization: evaluation of summaries against references.</summary>
        public SummarizationCatalog Summarization => new(context);
    }
}
