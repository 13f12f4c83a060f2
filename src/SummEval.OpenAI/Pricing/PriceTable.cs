using System.Globalization;
using SummEval.Summarizers;

namespace SummEval.OpenAI.Pricing;

/// <summary>
/// List prices used for cost estimates (USD per 1M tokens, OpenAI's published standard tier as of 2025; see
/// docs/openai.md). Estimates only: override with <see cref="With"/> or a <c>model=input/output[/training]</c> list.
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, ModelPrice> _prices;

    private PriceTable(Dictionary<string, ModelPrice> prices) => _prices = prices;

    /// <summary>The built-in table.</summary>
    public static PriceTable Default { get; } = new(new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o-mini"] = new(0.15m, 0.60m, 3.00m),
        ["gpt-4o"] = new(2.50m, 10.00m, 25.00m),
        ["gpt-4.1-mini"] = new(0.40m, 1.60m, 5.00m),
        ["gpt-4.1-nano"] = new(0.10m, 0.40m, 1.50m),
        ["gpt-4.1"] = new(2.00m, 8.00m, 25.00m),
        ["gpt-3.5-turbo"] = new(0.50m, 1.50m, 8.00m),
        ["babbage-002"] = new(0.40m, 0.40m, 0.40m),
        ["davinci-002"] = new(2.00m, 2.00m, 6.00m),
        // Fine-tuned models are billed at their own rate, keyed by base model with an "ft:" prefix.
        ["ft:gpt-4o-mini"] = new(0.30m, 1.20m),
        ["ft:gpt-4.1-mini"] = new(0.80m, 3.20m),
        ["ft:gpt-3.5-turbo"] = new(3.00m, 6.00m),
        ["ft:babbage-002"] = new(1.60m, 1.60m),
        ["ft:davinci-002"] = new(12.00m, 12.00m),
    });

    /// <summary>A copy with <paramref name="model"/> priced as given.</summary>
    public PriceTable With(string model, ModelPrice price) =>
        new(new Dictionary<string, ModelPrice>(_prices, StringComparer.OrdinalIgnoreCase) { [model] = price });

    /// <summary>Parses overrides such as <c>gpt-4o-mini=0.15/0.6;my-model=1/2/3</c> on top of this table.</summary>
    public PriceTable WithOverrides(string? overrides)
    {
        var table = this;
        if (string.IsNullOrWhiteSpace(overrides))
        {
            return table;
        }

        foreach (var entry in overrides.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var parts = eq > 0 ? entry[(eq + 1)..].Split('/') : [];
            if (parts.Length is < 2 or > 3 || !parts.All(p => decimal.TryParse(p, NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
            {
                throw new FormatException($"Price override '{entry}' should look like model=input/output[/training] (USD per 1M tokens).");
            }

            var values = parts.Select(p => decimal.Parse(p, NumberStyles.Number, CultureInfo.InvariantCulture)).ToArray();
            table = table.With(entry[..eq].Trim(), new ModelPrice(values[0], values[1], values.Length == 3 ? values[2] : null));
        }

        return table;
    }

    /// <summary>
    /// The price for a model name: exact, then the fine-tuned form <c>ft:base:org::id</c> as <c>ft:base</c>, then the
    /// longest known prefix (dated snapshots such as <c>gpt-4o-mini-2024-07-18</c>).
    /// </summary>
    public ModelPrice? Find(string model)
    {
        if (_prices.TryGetValue(model, out var exact))
        {
            return exact;
        }

        if (model.StartsWith("ft:", StringComparison.OrdinalIgnoreCase))
        {
            var fineTuned = "ft:" + model[3..].Split(':')[0];
            return _prices
                .Where(p => fineTuned.StartsWith(p.Key, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(p => p.Key.Length)
                .Select(p => p.Value)
                .FirstOrDefault();
        }

        return _prices
            .Where(p => !p.Key.StartsWith("ft:", StringComparison.Ordinal) && model.StartsWith(p.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.Key.Length)
            .Select(p => p.Value)
            .FirstOrDefault();
    }

    /// <summary>Usage with its estimated cost (null cost when the model is not in the table).</summary>
    public TokenUsage Price(string model, long inputTokens, long outputTokens) =>
        new(inputTokens, outputTokens, Find(model) is { } p
            ? ((inputTokens * p.InputPerMillion) + (outputTokens * p.OutputPerMillion)) / 1_000_000m
            : null);
}
