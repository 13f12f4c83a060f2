using Microsoft.ML.Transforms;
using SummEval.Jieba;

namespace SummEval.ML.Tokenization;

/// <summary>
/// The row mapping behind <c>TokenizeIntoChineseWords</c>: Jieba's accurate mode with the HMM, whitespace tokens
/// dropped (as <c>summeval segment</c> prints them). Registered by contract name so a saved model loads again once
/// this assembly is in the context's component catalog.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class ChineseWordTokenizerFactory : CustomMappingFactory<ChineseWordTokenizerFactory.Input, ChineseWordTokenizerFactory.Output>
{
    /// <summary>The contract name stored in saved models; changing it breaks loading of models saved before.</summary>
    public const string ContractName = "SummEval.TokenizeIntoChineseWords";

    // Fixed column names: ML.NET saves a custom mapping by contract name only, so renamed columns would not survive
    // Model.Save/Load; the catalog method copies the user's columns to and from these.
    internal const string InputColumn = "__SummEval_ChineseWords_Text";
    internal const string OutputColumn = "__SummEval_ChineseWords_Tokens";

    /// <summary>The tokens of <paramref name="text"/>: Jieba accurate mode, HMM on, whitespace-only tokens omitted.</summary>
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        return JiebaSegmenter.Default.Cut(text, hmm: true).Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
    }

    /// <inheritdoc />
    public override Action<Input, Output> GetMapping() => static (input, output) => output.Tokens = Tokenize(input.Text);

    /// <summary>The mapping's input row.</summary>
    public sealed class Input
    {
        /// <summary>The text to segment.</summary>
        [Microsoft.ML.Data.ColumnName(InputColumn)]
        public string? Text { get; set; }
    }

    /// <summary>The mapping's output row.</summary>
    public sealed class Output
    {
        /// <summary>The words, a variable-length vector of text.</summary>
        [Microsoft.ML.Data.ColumnName(OutputColumn)]
        public string[] Tokens { get; set; } = [];
    }
}
