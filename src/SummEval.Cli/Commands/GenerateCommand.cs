using System.CommandLine;
using System.Text.Json.Nodes;
using SummEval.Mt5.Generation;
using SummEval.Mt5.Model;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval generate --model DIR --input F.jsonl</c>: runs an ONNX mT5 on <c>{"id","text"}</c> lines and prints
/// <c>{"id","ids":[...],"text"}</c> per input, in input order (ids start with the decoder start token). Options
/// not given come from the model folder.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Folder exported with optimum-cli export onnx --task text2text-generation-with-past.", Required = true };
        var input = new Option<string>("--input") { Description = "JSONL file of {\"id\",\"text\"} lines.", Required = true };
        var numBeams = new Option<int?>("--num-beams") { Description = "num_beams (1 = greedy)." };
        var maxLength = new Option<int?>("--max-length") { Description = "max_length of the output ids, decoder start token included." };
        var minLength = new Option<int?>("--min-length") { Description = "min_length of the output ids before </s> is allowed." };
        var lengthPenalty = new Option<double?>("--length-penalty") { Description = "length_penalty exponent of beam scores." };
        var noRepeat = new Option<int?>("--no-repeat-ngram-size") { Description = "no_repeat_ngram_size." };
        var earlyStopping = new Option<string?>("--early-stopping") { Description = "early_stopping: true, false or never." };
        earlyStopping.AcceptOnlyFromAmong("true", "false", "never");
        var beamRule = new Option<string>("--beam-rule") { Description = "Beam length rule of transformers >= 4.36 (current) or <= 4.35 (legacy).", DefaultValueFactory = _ => "current" };
        beamRule.AcceptOnlyFromAmong("current", "legacy");
        var maxChars = new Option<int?>("--max-chars") { Description = "Character budget enforced inside the search (Unicode code points)." };
        var maxInputTokens = new Option<int>("--max-input-tokens") { Description = "Input tokens kept, </s> included.", DefaultValueFactory = _ => 512 };
        var batchSize = new Option<int>("--batch-size") { Description = "Documents encoded and decoded together.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "ONNX Runtime intra-op threads (0 = let it choose).", DefaultValueFactory = _ => 0 };
        var decoder = new Option<string>("--decoder") { Description = "Decoder files: auto, pair (decoder + decoder_with_past) or merged.", DefaultValueFactory = _ => "auto" };
        decoder.AcceptOnlyFromAmong("auto", "pair", "merged");
        var command = new Command("generate", "Generate with an mT5 exported to ONNX: {\"id\",\"text\"} lines in, {\"id\",\"ids\",\"text\"} lines out.")
        {
            model, input, numBeams, maxLength, minLength, lengthPenalty, noRepeat, earlyStopping, beamRule, maxChars, maxInputTokens, batchSize, threads, decoder,
        };
        foreach (var positive in new[] { maxChars, numBeams })
        {
            positive.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is <= 0)
                {
                    result.AddError($"{result.Option.Name} must be positive.");
                }
            });
        }

        foreach (var atLeastOne in new[] { maxInputTokens, batchSize })
        {
            atLeastOne.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                {
                    result.AddError($"{result.Option.Name} must be at least 1.");
                }
            });
        }

        command.SetAction((parseResult, cancellationToken) =>
        {
            var layout = parseResult.GetValue(decoder) switch
            {
                "pair" => DecoderLayout.Pair,
                "merged" => DecoderLayout.Merged,
                _ => (DecoderLayout?)null,
            };
            using var generator = Mt5Generator.Open(parseResult.GetValue(model)!, new Mt5GeneratorOptions
            {
                Layout = layout,
                IntraOpThreads = parseResult.GetValue(threads),
                MaxInputTokens = parseResult.GetValue(maxInputTokens),
            });
            GenerationSettings settings;
            try
            {
                settings = generator.Resolve(new GenerationOptions
                {
                    NumBeams = parseResult.GetValue(numBeams),
                    MaxLength = parseResult.GetValue(maxLength),
                    MinLength = parseResult.GetValue(minLength),
                    LengthPenalty = parseResult.GetValue(lengthPenalty),
                    NoRepeatNgramSize = parseResult.GetValue(noRepeat),
                    EarlyStopping = parseResult.GetValue(earlyStopping) is { } es ? GenerationSettings.ParseEarlyStopping(es) : null,
                    BeamRule = parseResult.GetValue(beamRule) == "legacy" ? BeamRule.Legacy : BeamRule.Current,
                });
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException(e.Message, e);
            }

            var budget = parseResult.GetValue(maxChars);
            var size = parseResult.GetValue(batchSize);
            using var stdout = TextLineInput.OpenStdout();
            var batch = new List<(string Id, long[] Ids)>();
            var number = 0;

            void Flush()
            {
                var outputs = generator.Generate(batch.Select(b => b.Ids).ToList(), settings, budget, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    var line = new JsonObject
                    {
                        ["id"] = batch[i].Id,
                        ["ids"] = new JsonArray(outputs[i].Ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()),
                        ["text"] = generator.Tokenizer.Decode(outputs[i].Ids),
                    };
                    stdout.WriteLine(line.ToJsonString(TextLineInput.Json));
                }

                stdout.Flush();
                batch.Clear();
            }

            foreach (var (id, text) in TextLineInput.Read(parseResult.GetValue(input), "text"))
            {
                number++;
                batch.Add((id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture), generator.Encode(text)));
                if (batch.Count >= size)
                {
                    Flush();
                }
            }

            if (batch.Count > 0)
            {
                Flush();
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
