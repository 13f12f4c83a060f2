namespace SummEval.Mt5.Generation;

/// <summary>
/// One generated output: the ids starting with the decoder start token (ending with <c>&lt;/s&gt;</c> when finished
/// before <c>max_length</c>), and for beam search Hugging Face's <c>sequences_scores</c>.
/// </summary>
public sealed record GeneratedSequence(long[] Ids, double? Score);
