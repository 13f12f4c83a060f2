namespace SummEval.Mt5.Generation;

/// <summary>
/// The finished hypotheses of one document's beam search (Hugging Face's <c>BeamHypotheses</c>): keeps the
/// <c>num_beams</c> best by length-normalised score and decides when the search is done.
/// </summary>
public sealed class BeamHypotheses(int numBeams, double lengthPenalty, EarlyStopping earlyStopping, int maxLength, BeamRule rule)
{
    private readonly List<(double Score, long[] Ids)> _beams = [];
    private double _worstScore = 1e9;

    public int Count => _beams.Count;

    /// <summary>Adds a hypothesis whose summed log-probability is <paramref name="sumLogprobs"/>, normalised by <paramref name="length"/>.</summary>
    public void Add(long[] ids, double sumLogprobs, int length)
    {
        var score = sumLogprobs / Math.Pow(length, lengthPenalty);
        if (_beams.Count < numBeams || score > _worstScore)
        {
            _beams.Add((score, ids));
            if (_beams.Count > numBeams)
            {
                var order = Enumerable.Range(0, _beams.Count).OrderBy(i => _beams[i].Score).ToList();
                var worst = order[0];
                _worstScore = _beams[order[1]].Score;
                _beams.RemoveAt(worst);
            }
            else
            {
                _worstScore = Math.Min(score, _worstScore);
            }
        }
    }

    /// <summary>
    /// Whether no open beam can still improve the list; <paramref name="currentLength"/> is the length of the ids
    /// before this step's token (start token included).
    /// </summary>
    public bool IsDone(double bestSumLogprobs, int currentLength)
    {
        if (_beams.Count < numBeams)
        {
            return false;
        }

        // Legacy (≤ 4.35) divides by the length after this step's token counted with the start token; current
        // (≥ 4.36) by the generated length without it, which is one less.
        var length = rule == BeamRule.Legacy ? currentLength + 1 : currentLength;
        switch (earlyStopping)
        {
            case EarlyStopping.True:
                return true;
            case EarlyStopping.False:
                return _worstScore >= bestSumLogprobs / Math.Pow(length, lengthPenalty);
            default:
                var bound = lengthPenalty > 0
                    ? rule == BeamRule.Legacy ? maxLength : maxLength - 1
                    : length;
                return _worstScore >= bestSumLogprobs / Math.Pow(bound, lengthPenalty);
        }
    }

    /// <summary>The best hypothesis (the last added among equal scores, as Python's stable sort then pop does).</summary>
    public (double Score, long[] Ids) Best()
    {
        var best = 0;
        for (var i = 1; i < _beams.Count; i++)
        {
            if (_beams[i].Score >= _beams[best].Score)
            {
                best = i;
            }
        }

        return _beams[best];
    }
}
