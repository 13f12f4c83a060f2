namespace SummEval.Mt5.Model;

/// <summary>Which of Optimum's decoder files run the decoding steps.</summary>
public enum DecoderLayout
{
    /// <summary><c>decoder_model.onnx</c> for the first step, <c>decoder_with_past_model.onnx</c> after it.</summary>
    Pair,

    /// <summary><c>decoder_model_merged.onnx</c> for every step, switched by <c>use_cache_branch</c>.</summary>
    Merged,

    /// <summary><c>decoder_model.onnx</c> over the whole prefix at every step (no cache; for comparison only).</summary>
    NoCache,
}
