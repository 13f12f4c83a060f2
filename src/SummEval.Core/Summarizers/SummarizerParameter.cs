namespace SummEval.Summarizers;

/// <summary>Kinds of value a summarizer parameter takes; used for validation and listings.</summary>
public enum ParameterKind
{
    /// <summary>Any text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number with an optional fraction, written with '.' whatever the culture.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>One of <see cref="SummarizerParameter.AllowedValues"/>.</summary>
    Choice,

    /// <summary>A file or folder path.</summary>
    Path,
}

/// <summary>Describes one parameter of a summarizer.</summary>
/// <param name="Name">The key in a spec (<c>key=value</c>).</param>
/// <param name="Kind">What values are valid.</param>
/// <param name="Description">One sentence for listings.</param>
/// <param name="Default">The default, as text, or null when there is none.</param>
public sealed record SummarizerParameter(string Name, ParameterKind Kind, string Description, string? Default = null)
{
    /// <summary>The valid values of a <see cref="ParameterKind.Choice"/> parameter.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>True when a spec must give this parameter.</summary>
    public bool Required { get; init; }

    /// <summary>True when the value is a secret (an API key): it is never echoed in labels, logs or errors.</summary>
    public bool Secret { get; init; }
}
