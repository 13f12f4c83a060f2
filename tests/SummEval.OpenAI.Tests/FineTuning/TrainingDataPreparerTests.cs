using Microsoft.ML.Tokenizers;
using SummEval.Datasets;
using SummEval.Documents;
using SummEval.OpenAI.FineTuning;
using SummEval.Testing;

namespace SummEval.OpenAI.Tests.FineTuning;

public sealed class TrainingDataPreparerTests
{
    [Fact]
    public void Counts_tiktoken_tokens_drops_overlong_and_prices_training()
    {
        Document[] docs =
        [
            new("a", "短文本一", "摘要一"),
            new("b", new string('长', 3000), "摘要二"),
            new("c", "短文本三", "摘要三"),
        ];
        var prepared = TrainingDataPreparer.Prepare(docs, 10, TrainingFormat.Completion, "babbage-002", epochs: 4, maxTokensPerExample: 100);

        Assert.Equal(2, prepared.Lines.Count);
        Assert.Contains(prepared.Notes, n => n.StartsWith("1 example over 100 tokens: dropped", StringComparison.Ordinal));
        var cl100k = TiktokenTokenizer.CreateForModel("gpt-3.5-turbo");
        var expected = cl100k.CountTokens("短文本一 ->") + cl100k.CountTokens(" 摘要一\n") + cl100k.CountTokens("短文本三 ->") + cl100k.CountTokens(" 摘要三\n");
        Assert.Equal(expected, prepared.Tokens);
        Assert.Equal(expected * 4 * 0.40m / 1_000_000m, prepared.EstimatedCostUsd);
    }

    [Theory]
    [InlineData("babbage-002", "gpt-3.5-turbo")]
    [InlineData("ft:davinci-002:org::x", "gpt-3.5-turbo")]
    [InlineData("gpt-4o-mini-2024-07-18", "gpt-4o")]
    public void Picks_the_encoding_of_the_model(string model, string tokenizerModel) =>
        Assert.Equal(tokenizerModel, TrainingDataPreparer.TokenizerModelFor(model));

    [SharedFact]
    public void Prepares_the_tutorials_500_CSL_pairs()
    {
        var docs = DatasetLoader.LoadFile(SharedData.PathOf("data", "csl", "train.jsonl")).Documents.Take(600).ToList();
        var completion = TrainingDataPreparer.Prepare(docs, 500, TrainingFormat.Completion, "babbage-002");
        var chat = TrainingDataPreparer.Prepare(docs, 500, TrainingFormat.Chat, "gpt-4o-mini", maxTokensPerExample: 65_536);
        Assert.Equal(500, completion.Lines.Count);
        Assert.Equal(500, chat.Lines.Count);
        Assert.InRange(completion.Tokens, 50_000, 400_000);
        Assert.True(completion.EstimatedCostUsd > 0);
        Console.WriteLine($"CSL 500 pairs: completion {completion.Tokens} tokens (cl100k) ${completion.EstimatedCostUsd:0.0000}; chat {chat.Tokens} tokens (o200k) ${chat.EstimatedCostUsd:0.0000}");
    }
}
