using System.CommandLine;
using System.Text.Json.Nodes;
using SummEval.Jieba;
using SummEval.Jieba.Keywords;
using SummEval.Jieba.PosTagging;

namespace SummEval.Cli.Commands;

/// <summary>
/// <c>summeval keywords</c>: jieba.analyse keywords (TF-IDF or TextRank) of stdin lines or a JSONL field, one
/// output line per input: the words by descending weight, or with <c>--json</c> <c>{"id"?, "keywords":[{"word","weight"}]}</c>.
/// </summary>
internal static class KeywordsCommand
{
    public static Command Create()
    {
        var method = new Option<string>("--method") { Description = "tfidf (jieba.analyse.extract_tags) or textrank (jieba.analyse.textrank).", DefaultValueFactory = _ => "tfidf" };
        method.AcceptOnlyFromAmong("tfidf", "textrank");
        var top = new Option<int>("--top") { Description = "How many keywords per text (0 = all).", DefaultValueFactory = _ => 20 };
        var allowPos = new Option<string?>("--allow-pos") { Description = "Comma-separated part-of-speech filter (textrank default: ns,n,vn,v; tfidf default: none)." };
        var input = new Option<string?>("--input") { Description = "Read a JSONL file instead of stdin lines." };
        var field = new Option<string>("--field") { Description = "The JSONL field holding the text.", DefaultValueFactory = _ => "content" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per line with weights." };
        var dict = new Option<string?>("--dict") { Description = "Folder with jieba's data files (see 'segment --dict')." };
        var command = new Command("keywords", "Extract keywords with jieba's TF-IDF or TextRank (one output line per input line).")
        {
            method, top, allowPos, input, field, json, dict,
        };
        top.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--top must be 0 (all) or positive.");
            }
        });
        command.SetAction(parseResult =>
        {
            var topK = parseResult.GetValue(top);
            var filter = parseResult.GetValue(allowPos)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var dictFolder = parseResult.GetValue(dict);
            var segmenter = dictFolder is null ? JiebaSegmenter.Default : JiebaSegmenter.Load(dictFolder);
            Func<string, List<(string Word, double Weight)>> extract;
            if (parseResult.GetValue(method) == "textrank")
            {
                var textRank = dictFolder is null ? TextRankKeywordExtractor.Default : new TextRankKeywordExtractor(new PosTagger(segmenter));
                extract = text => textRank.Extract(text, topK, filter);
            }
            else
            {
                var tfidf = dictFolder is null ? TfidfKeywordExtractor.Default : new TfidfKeywordExtractor(segmenter);
                extract = text => tfidf.Extract(text, topK, filter);
            }

            var asJson = parseResult.GetValue(json);
            using var stdout = TextLineInput.OpenStdout();
            foreach (var (id, text) in TextLineInput.Read(parseResult.GetValue(input), parseResult.GetValue(field)!))
            {
                var keywords = extract(text);
                if (!asJson)
                {
                    stdout.WriteLine(string.Join(' ', keywords.Select(k => k.Word)));
                    continue;
                }

                var obj = new JsonObject();
                if (id is not null)
                {
                    obj["id"] = id;
                }

                obj["keywords"] = new JsonArray(keywords.Select(k => (JsonNode?)new JsonObject { ["word"] = k.Word, ["weight"] = k.Weight }).ToArray());
                stdout.WriteLine(obj.ToJsonString(TextLineInput.Json));
            }

            return 0;
        });
        return command;
    }
}
