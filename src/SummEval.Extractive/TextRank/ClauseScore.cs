namespace SummEval.Extractive.TextRank;

/// <summary>textrank's view of one clause (<see cref="TextRankSummarizer.ScoreClauses"/>): the role and value its selection uses, and its coverage.</summary>
/// <param name="Role">The role its value was weighted by (a change word makes an unframed clause a result).</param>
/// <param name="Value">Its value as a whole clause: word centrality × role, lead, list and coverage priors, over the position decay.</param>
/// <param name="Forward">Share of its words that recur in a later sentence.</param>
/// <param name="Backward">Share of its words that occurred in an earlier sentence.</param>
public readonly record struct ClauseScore(ClauseRole Role, double Value, double Forward, double Backward);
