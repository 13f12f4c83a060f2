using System.Globalization;

namespace SummEval.Summarizers;

/// <summary>
/// A spec's arguments checked against a summarizer's declared parameters: unknown keys, missing required
/// values and values of the wrong kind are rejected with a message that lists what is valid.
/// </summary>
public sealed class SummarizerArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly IReadOnlyList<SummarizerParameter> _parameters;

    private SummarizerArguments(string summarizer, IReadOnlyList<SummarizerParameter> parameters, Dictionary<string, string> values)
    {
        Summarizer = summarizer;
        _parameters = parameters;
        _values = values;
    }

    /// <summary>The summarizer these arguments are for.</summary>
    public string Summarizer { get; }

    /// <summary>Validates <paramref name="spec"/> against <paramref name="parameters"/>.</summary>
    public static SummarizerArguments Bind(SummarizerSpec spec, IReadOnlyList<SummarizerParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(parameters);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in spec.Arguments)
        {
            var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new SummarizerSpecException(
                    $"Summarizer '{spec.Name}' has no parameter '{key}'. " + Describe(spec.Name, parameters));
            Validate(spec.Name, parameter, value);
            values[parameter.Name] = value;
        }

        foreach (var required in parameters.Where(p => p.Required && !values.ContainsKey(p.Name)))
        {
            throw new SummarizerSpecException(
                $"Summarizer '{spec.Name}' needs parameter '{required.Name}' ({required.Description}), e.g. '{spec.Name}:{required.Name}=...'.");
        }

        return new SummarizerArguments(spec.Name, parameters, values);
    }

    /// <summary>Arguments with nothing set (every parameter at its default).</summary>
    public static SummarizerArguments Empty(string summarizer, IReadOnlyList<SummarizerParameter> parameters) =>
        new(summarizer, parameters, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>True when the spec gave <paramref name="name"/> explicitly.</summary>
    public bool IsSet(string name) => _values.ContainsKey(name);

    /// <summary>The value given, else the declared default, else null.</summary>
    public string? GetString(string name) =>
        _values.TryGetValue(name, out var v) ? v : Declared(name).Default;

    /// <summary>The value as an integer (given or default), or null.</summary>
    public int? GetInt32(string name) =>
        GetString(name) is { } s ? int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>The value as a double (given or default), or null.</summary>
    public double? GetDouble(string name) =>
        GetString(name) is { } s ? double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>The value as a boolean (given or default), or null.</summary>
    public bool? GetBoolean(string name) => GetString(name) is { } s ? bool.Parse(s) : null;

    private SummarizerParameter Declared(string name) =>
        _parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Summarizer '{Summarizer}' reads undeclared parameter '{name}'.");

    private static void Validate(string summarizer, SummarizerParameter p, string value)
    {
        var ok = p.Kind switch
        {
            ParameterKind.Integer => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            ParameterKind.Number => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d),
            ParameterKind.Boolean => bool.TryParse(value, out _),
            ParameterKind.Choice => p.AllowedValues.Contains(value, StringComparer.Ordinal),
            _ => true,
        };
        if (!ok)
        {
            var shown = p.Secret ? "***" : $"'{value}'";
            var expected = p.Kind switch
            {
                ParameterKind.Choice => "one of " + string.Join(", ", p.AllowedValues),
                ParameterKind.Integer => "a whole number",
                ParameterKind.Number => "a number",
                ParameterKind.Boolean => "true or false",
                _ => "text",
            };
            throw new SummarizerSpecException($"Summarizer '{summarizer}': parameter '{p.Name}' is {shown}; expected {expected}.");
        }
    }

    private static string Describe(string summarizer, IReadOnlyList<SummarizerParameter> parameters) =>
        parameters.Count == 0
            ? $"'{summarizer}' takes no parameters."
            : "Valid: " + string.Join(", ", parameters.Select(p => p.Name)) + ".";
}
