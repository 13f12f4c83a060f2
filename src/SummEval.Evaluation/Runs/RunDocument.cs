using SummEval.Documents;

namespace SummEval.Runs;

/// <summary>A document selected for a run, with its 0-based position in the dataset (the merge order of shards).</summary>
public sealed record RunDocument(int Position, Document Document);
