using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;
using Xunit;

namespace SummEval.Mt5.Tests.Model;

/// <summary>Layout discovery, clear errors, and generation defaults resolved as transformers does, on synthetic folders.</summary>
public sealed class ModelFolderTests : IDisposable
{
    private const string XlsumConfig = """
        {"architectures":["MT5ForConditionalGeneration"],"model_type":"mt5","vocab_size":250112,"d_model":768,"d_kv":64,
         "num_heads":12,"num_layers":12,"num_decoder_layers":12,"decoder_start_token_id":0,"eos_token_id":1,"pad_token_id":0,
         "num_beams":4,"max_length":84,"length_penalty":0.6,"no_repeat_ngram_size":2}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("summeval-mt5-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_complete_folder_opens_and_prefers_the_decoder_pair()
    {
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        var folder = Mt5ModelFolder.Open(_dir);
        Assert.Equal(DecoderLayout.Pair, folder.ResolveLayout(null));
        Assert.Equal(DecoderLayout.Merged, folder.ResolveLayout(DecoderLayout.Merged));
        Assert.Equal(12, folder.Config.NumHeads);
    }

    [Fact]
    public void A_merged_only_folder_uses_the_merged_decoder_and_refuses_the_pair()
    {
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        var folder = Mt5ModelFolder.Open(_dir);
        Assert.Equal(DecoderLayout.Merged, folder.ResolveLayout(null));
        var e = Assert.Throws<Mt5ModelException>(() => folder.ResolveLayout(DecoderLayout.Pair));
        Assert.Contains("decoder_with_past_model.onnx", e.Message);
    }

    [Fact]
    public void Missing_pieces_are_named()
    {
        Assert.Contains("does not exist", Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(Path.Combine(_dir, "nope"))).Message);
        Assert.Contains("has no config.json", Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir)).Message);
        Write(XlsumConfig, "model.onnx");
        var noEncoder = Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir)).Message;
        Assert.Contains("encoder_model.onnx", noEncoder);
        Assert.Contains("found: model.onnx", noEncoder);
        Assert.Contains("optimum-cli export onnx", noEncoder);
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model.onnx");
        var noDecoder = Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir)).Message;
        Assert.Contains("decoder_with_past_model.onnx", noDecoder);
        Write(XlsumConfig, "decoder_with_past_model.onnx");
        Assert.Contains("spiece.model", Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir)).Message);
    }

    [Fact]
    public void Another_architecture_is_refused_naming_the_field()
    {
        Write("""{"model_type":"bert","architectures":["BertModel"],"vocab_size":10}""", "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        var e = Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir));
        Assert.Contains("config.json, field 'model_type': 'bert'", e.Message);
        Assert.Contains("BertModel", e.Message);
    }

    [Fact]
    public void Bad_json_names_the_file()
    {
        Write("{\"model_type\": \"mt5\",", "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        Assert.Contains("config.json: not valid JSON", Assert.Throws<Mt5ModelException>(() => Mt5ModelFolder.Open(_dir)).Message);
        Write(XlsumConfig);
        File.WriteAllText(Path.Combine(_dir, "generation_config.json"), "{\"early_stopping\": \"sometimes\"}");
        var folder = Mt5ModelFolder.Open(_dir);
        var e = Assert.Throws<Mt5ModelException>(() => GenerationSettings.Resolve(new GenerationOptions(), folder));
        Assert.Contains("generation_config.json, field 'early_stopping'", e.Message);
    }

    [Fact]
    public void Defaults_come_from_config_json_when_the_generation_config_was_derived_from_it()
    {
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        File.WriteAllText(Path.Combine(_dir, "generation_config.json"), """{"_from_model_config": true, "decoder_start_token_id": 0, "eos_token_id": 1, "pad_token_id": 0}""");
        var s = GenerationSettings.Resolve(new GenerationOptions(), Mt5ModelFolder.Open(_dir));
        Assert.Equal((4, 84, 0.6, 2, EarlyStopping.False, BeamRule.Current), (s.NumBeams, s.MaxLength, s.LengthPenalty, s.NoRepeatNgramSize, s.EarlyStopping, s.BeamRule));
    }

    [Fact]
    public void Without_a_generation_config_the_defaults_come_from_config_json()
    {
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        var s = GenerationSettings.Resolve(new GenerationOptions(), Mt5ModelFolder.Open(_dir));
        Assert.Equal((4, 84, 0.6, 2), (s.NumBeams, s.MaxLength, s.LengthPenalty, s.NoRepeatNgramSize));
    }

    [Fact]
    public void An_own_generation_config_replaces_config_json_and_explicit_options_win()
    {
        Write(XlsumConfig, "encoder_model.onnx", "decoder_model_merged.onnx", "spiece.model");
        File.WriteAllText(Path.Combine(_dir, "generation_config.json"), """{"max_length": 60, "early_stopping": "never", "eos_token_id": [1, 5]}""");
        var folder = Mt5ModelFolder.Open(_dir);
        var s = GenerationSettings.Resolve(new GenerationOptions(), folder);
        // transformers ignores config.json's generation fields once a model has its own generation config.
        Assert.Equal((1, 60, 1.0, 0, EarlyStopping.Never, 1), (s.NumBeams, s.MaxLength, s.LengthPenalty, s.NoRepeatNgramSize, s.EarlyStopping, s.EosTokenId));
        var explicitOptions = GenerationSettings.Resolve(new GenerationOptions { NumBeams = 3, MaxLength = 30, EarlyStopping = EarlyStopping.True, BeamRule = BeamRule.Legacy }, folder);
        Assert.Equal((3, 30, EarlyStopping.True, BeamRule.Legacy), (explicitOptions.NumBeams, explicitOptions.MaxLength, explicitOptions.EarlyStopping, explicitOptions.BeamRule));
    }

    [Fact]
    public void Invalid_settings_are_refused()
    {
        Assert.Throws<ArgumentException>(() => GenerationSettings.From(new GenerationOptions { NumBeams = 0 }));
        Assert.Throws<ArgumentException>(() => GenerationSettings.From(new GenerationOptions { MaxLength = 1 }));
        Assert.Throws<ArgumentException>(() => GenerationSettings.From(new GenerationOptions { LengthPenalty = double.NaN }));
        Assert.Throws<ArgumentException>(() => GenerationSettings.ParseEarlyStopping("maybe"));
        Assert.Equal(EarlyStopping.Never, GenerationSettings.ParseEarlyStopping("never"));
    }

    private void Write(string config, params string[] files)
    {
        File.WriteAllText(Path.Combine(_dir, "config.json"), config);
        foreach (var f in files)
        {
            File.WriteAllBytes(Path.Combine(_dir, f), []);
        }
    }
}
