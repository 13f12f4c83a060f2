using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using SummEval.Summarizers;

namespace SummEval.Mt5;

/// <summary>
/// Creates <see cref="Mt5Summarizer"/> (<c>mt5-onnx:model=DIR[,numBeams=4,maxLength=84,...]</c>). Generation options
/// not given come from the model folder, resolved as transformers does.
/// </summary>
public sealed class Mt5SummarizerFactory : ISummarizerFactory
{
    public string Name => "mt5-onnx";

    public string Description => "mT5 exported to ONNX with Optimum (e.g. XLSum), beam search as Hugging Face generate(), budget kept inside the search.";

    public IReadOnlyList<SummarizerParameter> Parameters { get; } =
    [
        new("model", ParameterKind.Path, "Folder written by optimum-cli export onnx --task text2text-generation-with-past.") { Required = true },
        new("numBeams", ParameterKind.Integer, "num_beams (1 = greedy); default from the model folder."),
        new("maxLength", ParameterKind.Integer, "max_length of the output ids, decoder start token included; default from the model folder."),
        new("minLength", ParameterKind.Integer, "min_length (start token included) before </s> is allowed; default from the model folder."),
        new("lengthPenalty", ParameterKind.Number, "length_penalty exponent for beam scores; default from the model folder."),
        new("noRepeatNgramSize", ParameterKind.Integer, "no_repeat_ngram_size; default from the model folder."),
        new("earlyStopping", ParameterKind.Choice, "early_stopping; default from the model folder.") { AllowedValues = ["true", "false", "never"] },
        new("beamRule", ParameterKind.Choice, "Beam length normalisation of transformers >= 4.36 (current) or <= 4.35 (legacy).", "current") { AllowedValues = ["current", "legacy"] },
        new("decoder", ParameterKind.Choice, "Decoder files: pair (decoder + decoder_with_past), merged, or auto.", "auto") { AllowedValues = ["auto", "pair", "merged"] },
        new("maxInputTokens", ParameterKind.Integer, "Input tokens kept, </s> included.", "512"),
        new("threads", ParameterKind.Integer, "ONNX Runtime intra-op threads (0 = let it choose).", "0"),
    ];

    public IReadOnlyList<string> InputFiles(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.GetString("model") is { } path ? [path] : [];
    }

    /// <inheritdoc />
    public ISummarizer Create(SummarizerArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var layout = arguments.GetString("decoder") switch
        {
            "pair" => DecoderLayout.Pair,
            "merged" => DecoderLayout.Merged,
            _ => (DecoderLayout?)null,
        };
        var options = new GenerationOptions
        {
            NumBeams = arguments.GetInt32("numBeams"),
            MaxLength = arguments.GetInt32("maxLength"),
            MinLength = arguments.GetInt32("minLength"),
            LengthPenalty = arguments.GetDouble("lengthPenalty"),
            NoRepeatNgramSize = arguments.GetInt32("noRepeatNgramSize"),
            EarlyStopping = arguments.GetString("earlyStopping") is { } es ? GenerationSettings.ParseEarlyStopping(es) : null,
            BeamRule = arguments.GetString("beamRule") == "legacy" ? BeamRule.Legacy : BeamRule.Current,
        };
        var threads = arguments.GetInt32("threads") ?? 0;
        var maxInput = arguments.GetInt32("maxInputTokens") ?? 512;
        if (threads < 0 || maxInput < 1)
        {
            throw new SummarizerSpecException("mt5-onnx: threads must be 0 or more and maxInputTokens at least 1.");
        }

        GenerationSettings settings;
        var generator = Mt5Generator.Open(arguments.GetString("model")!, new Mt5GeneratorOptions { Layout = layout, IntraOpThreads = threads, MaxInputTokens = maxInput });
        try
        {
            settings = generator.Resolve(options);
        }
        catch (ArgumentException e)
        {
            generator.Dispose();
            throw new SummarizerSpecException("mt5-onnx: " + e.Message, e);
        }
        catch
        {
            generator.Dispose();
            throw;
        }

        var spec = new SummarizerSpec(Name, arguments.IsSet("model") ? [new("model", arguments.GetString("model")!)] : []);
        return new Mt5Summarizer(spec.ToString(), generator, settings);
    }
}
