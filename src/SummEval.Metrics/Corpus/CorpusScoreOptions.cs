namespace SummEval.Metrics;

/// <summary>Settings of a corpus scoring: budget, ROUGE options and the bootstrap.</summary>
public sealed record CorpusScoreOptions
{
    /// <summary>The length budget in characters, or null for none.</summary>
    public int? MaxChars { get; init; }

    /// <summary>ROUGE tokenization and reference handling.</summary>
    public RougeOptions Rouge { get; init; } = RougeOptions.Character;

    /// <summary>Seed of the bootstrap's <see cref="System.Random"/>.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Number of bootstrap resamples for the confidence intervals.</summary>
    public int BootstrapSamples { get; init; } = 1000;
}
