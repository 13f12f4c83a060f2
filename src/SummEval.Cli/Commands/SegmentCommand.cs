using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using SummEval.Jieba;
using SummEval.Jieba.PosTagging;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval segment</c>: jieba word segmentation of stdin lines or a JSONL field, one output line per input:
/// tokens joined by one space (whitespace tokens omitted), or with <c>--json</c> <c>{"id"?, "tokens", "flags"?}</c>.
/// </summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var mode = new Option<string>("--mode") { Description = "accurate (jieba.cut), full (cut_all) or search (cut_for_search).", DefaultValueFactory = _ => "accurate" };
        mode.AcceptOnlyFromAmong("accurate", "full", "search");
        var noHmm = new Option<bool>("--no-hmm") { Description = "Do not use the HMM for unknown words (accurate and search modes)." };
        var pos = new Option<bool>("--pos") { Description = "Tag parts of speech (jieba.posseg; accurate mode only): word/flag, or a flags array with --json." };
        var input = new Option<string?>("--input") { Description = "Read a JSONL file instead of stdin lines." };
        var field = new Option<string>("--field") { Description = "The JSONL field holding the text.", DefaultValueFactory = _ => "content" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per line: {\"id\"?, \"tokens\":[...], \"flags\"?:[...]}." };
        var dict = new Option<string?>("--dict") { Description = "Folder with jieba's dict.txt and finalseg/, or jieba.NET's dict.txt and *.json (default: SUMMEVAL_JIEBA_DICT, then the bundled jieba-data/, then python3-jieba, pip, npm nodejieba)." };
        var command = new Command("segment", "Segment Chinese text into words with jieba (one output line per input line).")
        {
            mode, noHmm, pos, input, field, json, dict,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(pos) && result.GetValue(mode) is not (null or "accurate"))
            {
                result.AddError("--pos works with --mode accurate only (jieba.posseg has no full or search mode).");
            }
        });
        command.SetAction(parseResult =>
        {
            var modeValue = parseResult.GetValue(mode)!;
            var hmm = !parseResult.GetValue(noHmm);
            var tag = parseResult.GetValue(pos);
            var dictFolder = parseResult.GetValue(dict);
            var segmenter = dictFolder is null ? JiebaSegmenter.Default : JiebaSegmenter.Load(dictFolder);
            var tagger = tag ? (dictFolder is null ? PosTagger.Default : new PosTagger(segmenter)) : null;
            var asJson = parseResult.GetValue(json);
            using var stdout = TextLineInput.OpenStdout();
            foreach (var (id, text) in TextLineInput.Read(parseResult.GetValue(input), parseResult.GetValue(field)!))
            {
                List<string> tokens;
                List<string>? flags = null;
                if (tagger is not null)
                {
                    var pairs = tagger.Cut(text, hmm);
                    tokens = pairs.Select(p => p.Word).ToList();
                    flags = pairs.Select(p => p.Flag).ToList();
                }
                else
                {
                    tokens = modeValue switch
                    {
                        "full" => segmenter.CutAll(text),
                        "search" => segmenter.CutForSearch(text, hmm),
                        _ => segmenter.Cut(text, hmm),
                    };
                }

                if (asJson)
                {
                    var obj = new JsonObject();
                    if (id is not null)
                    {
                        obj["id"] = id;
                    }

                    obj["tokens"] = new JsonArray(tokens.Select(t => (JsonNode?)t).ToArray());
                    if (flags is not null)
                    {
                        obj["flags"] = new JsonArray(flags.Select(f => (JsonNode?)f).ToArray());
                    }

                    stdout.WriteLine(obj.ToJsonString(TextLineInput.Json));
                }
                else
                {
                    var parts = new List<string>(tokens.Count);
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        // Whitespace and empty tokens would be indistinguishable from the separator.
                        if (!string.IsNullOrWhiteSpace(tokens[i]))
                        {
                            parts.Add(flags is null ? tokens[i] : tokens[i] + "/" + flags[i]);
                        }
                    }

                    stdout.WriteLine(string.Join(' ', parts));
                }
            }

            return 0;
        });
        return command;
    }
}
