using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.ML.Tokenizers;
using SummEval.Documents;
using SummEval.OpenAI.Completions;
using SummEval.OpenAI.Pricing;
using SummEval.Text;

namespace SummEval.OpenAI.FineTuning;

/// <summary>
/// Builds a fine-tuning file from (text, summary) pairs and checks it the way OpenAI's old
/// <c>fine_tunes.prepare_data</c> did: empty and duplicate examples dropped, whitespace normalised, common separator
/// and ending added, over-long examples dropped; tokens counted with the model's Tiktoken encoding.
/// </summary>
public static class TrainingDataPreparer
{
    /// <summary>The system message of chat-format examples.</summary>
    public const string ChatSystemPrompt = "你是一个中文摘要助手：用一句话概括给定文本。";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Prepares the first <paramref name="count"/> usable pairs (source, first reference).</summary>
    public static PreparedTrainingData Prepare(
        IReadOnlyList<Document> documents,
        int count,
        TrainingFormat format,
        string model,
        int epochs = 3,
        int maxTokensPerExample = 2048,
        PriceTable? prices = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var tokenizerModel = TokenizerModelFor(model);
        var tokenizer = TiktokenTokenizer.CreateForModel(tokenizerModel);
        var notes = new List<string>();
        var lines = new List<string>();
        var seen = new HashSet<(string, string)>();
        int empty = 0, duplicates = 0, tooLong = 0, trimmed = 0, separatorInText = 0;
        long tokens = 0;
        foreach (var document in documents)
        {
            if (lines.Count == count)
            {
                break;
            }

            var rawSource = document.Source ?? "";
            var rawSummary = document.References.Count > 0 ? document.References[0] : "";
            var source = rawSource.Trim();
            var summary = rawSummary.Trim().Replace("\n", " ", StringComparison.Ordinal);
            if (source.Length == 0 || summary.Length == 0)
            {
                empty++;
                continue;
            }

            if (source != rawSource || summary != rawSummary)
            {
                trimmed++;
            }

            if (source.Contains(CompletionFormat.Separator, StringComparison.Ordinal))
            {
                separatorInText++;
            }

            if (!seen.Add((source, summary)))
            {
                duplicates++;
                continue;
            }

            string line;
            int exampleTokens;
            if (format == TrainingFormat.Completion)
            {
                var prompt = CompletionFormat.Prompt(source);
                var completion = " " + summary + CompletionFormat.Stop;
                exampleTokens = tokenizer.CountTokens(prompt) + tokenizer.CountTokens(completion);
                line = JsonSerializer.Serialize(new { prompt, completion }, Json);
            }
            else
            {
                // Chat messages cost a few tokens of framing each (as in OpenAI's counting recipe).
                exampleTokens = tokenizer.CountTokens(ChatSystemPrompt) + tokenizer.CountTokens(source) + tokenizer.CountTokens(summary) + (3 * 4) + 3;
                line = JsonSerializer.Serialize(
                    new
                    {
                        messages = new[]
                        {
                            new { role = "system", content = ChatSystemPrompt },
                            new { role = "user", content = source },
                            new { role = "assistant", content = summary },
                        },
                    },
                    Json);
            }

            if (exampleTokens > maxTokensPerExample)
            {
                tooLong++;
                continue;
            }

            tokens += exampleTokens;
            lines.Add(line);
        }

        Note(notes, empty, "empty source or summary", "empty sources or summaries", "dropped");
        Note(notes, duplicates, "duplicate pair", "duplicate pairs", "dropped");
        Note(notes, tooLong, $"example over {maxTokensPerExample} tokens", $"examples over {maxTokensPerExample} tokens", "dropped");
        Note(notes, trimmed, "example with leading/trailing whitespace or newlines in the summary", "examples with leading/trailing whitespace or newlines in the summary", "normalised");
        Note(notes, separatorInText, $"text containing the separator '{CompletionFormat.Separator}'", $"texts containing the separator '{CompletionFormat.Separator}'", "kept, but the model may stop early");
        if (format == TrainingFormat.Completion)
        {
            notes.Add($"every prompt ends with '{CompletionFormat.Separator}', every completion starts with a space and ends with '\\n' (use stop=[\"\\n\"])");
        }

        if (lines.Count < count)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"only {Quantity.Of(lines.Count, "usable example")} (asked for {count})"));
        }

        if (lines.Count < 10)
        {
            notes.Add("OpenAI needs at least 10 examples; a few hundred work better");
        }

        var price = (prices ?? PriceTable.Default).Find(model)?.TrainingPerMillion;
        return new PreparedTrainingData(lines, notes, tokens, tokenizerModel, epochs, price * tokens * epochs / 1_000_000m);
    }

    /// <summary>The Tiktoken model name whose encoding matches <paramref name="model"/> (cl100k for babbage/davinci-002, o200k for 4o-era chat).</summary>
    public static string TokenizerModelFor(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.StartsWith("ft:", StringComparison.Ordinal) ? model[3..].Split(':')[0] : model;
        return name.StartsWith("babbage-002", StringComparison.Ordinal) || name.StartsWith("davinci-002", StringComparison.Ordinal)
            || name.StartsWith("gpt-3.5", StringComparison.Ordinal) || name.StartsWith("gpt-4-", StringComparison.Ordinal) || name == "gpt-4"
            ? "gpt-3.5-turbo"
            : "gpt-4o";
    }

    private static void Note(List<string> notes, int count, string one, string several, string action)
    {
        if (count > 0)
        {
            notes.Add($"{Quantity.Of(count, one, several)}: {action}");
        }
    }
}
