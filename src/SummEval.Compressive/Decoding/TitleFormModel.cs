using System.Globalization;
using SummEval.Compressive.Features;

namespace SummEval.Compressive.Decoding;

/// <summary>
/// How much a word sequence is shaped like a title rather than like a clause of an abstract: the per-token log-likelihood
/// ratio of two Witten-Bell trigram models over jieba POS tags with frequent function words kept as themselves (的, 对, 基于,
/// 研究 …), one trained on training titles, one on the training abstracts' clauses, begin and end markers included so
/// that how a candidate starts and ends counts (titles are noun phrases: 基于 X 的 Y 研究; clauses are not: 本文 对 … 进行 了).
/// </summary>
public sealed class TitleFormModel
{
    /// <summary>Version of the tokens and the file format; a model file of another version must be retrained.</summary>
    public const int Version = 1;

    private const string Header = "# title-form";

    // Field-independent words whose identity, not just their tag, marks a title or a clause (function words, the
    // shapes' heads 研究 / 影响 / 设计 / 实现 …, and the abstract's own voice 本文 / 提出 / 进行 / 表明 …).
    private static readonly HashSet<string> Lexicalized = new(StringComparer.Ordinal)
    {
        "的", "对", "基于", "与", "及", "及其", "在", "和", "中", "下", "研究", "分析", "影响", "设计", "实现", "方法", "应用",
        "探讨", "观察", "治疗", "临床", "评价", "比较", "构建", "模型", "系统", "技术", "问题", "策略", "对策", "机制",
        "作用", "效果", "进展", "现状", "思考", "初探", "试验", "测定", "面向", "针对", "关于", "一种", "新", "不同",
        "本文", "提出", "进行", "了", "通过", "采用", "利用", "结果", "表明", "显著", "提高", "是", "为", "将", "使", "并",
        "以", "从", "由", "被", "可", "可以", "能", "有", "该", "其", "这", "所", "等", "我们", "我国", "，", "：", "、", "。",
    };

    private readonly WittenBellTrigram _title;
    private readonly WittenBellTrigram _background;

    private TitleFormModel(WittenBellTrigram title, WittenBellTrigram background)
    {
        _title = title;
        _background = background;
    }

    /// <summary>The model's token for <paramref name="word"/>: the word itself when it is lexicalized, else its jieba tag.</summary>
    public static string TokenOf(AnalyzedWord word) => Lexicalized.Contains(word.Text) ? word.Text : word.Flag;

    /// <summary>
    /// Trains both models: <paramref name="titles"/> (each a title's tagged words) and <paramref name="abstracts"/>, whose
    /// clauses (split at clause punctuation and sentence ends, the breaking punctuation dropped) are the background.
    /// </summary>
    public static TitleFormModel Build(IEnumerable<IReadOnlyList<AnalyzedWord>> titles, IEnumerable<AnalyzedDocument> abstracts)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(abstracts);
        var titleCounts = WittenBellTrigram.Count(titles.Select(t => (IReadOnlyList<string>)t.Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(TokenOf).ToList()));
        var backgroundCounts = WittenBellTrigram.Count(abstracts.SelectMany(Clauses));
        return Create(titleCounts, backgroundCounts);
    }

    /// <summary>
    /// The title-form score of <paramref name="tokens"/>: the mean over its tokens and the end marker of
    /// log P_title − log P_background (natural log; positive = more title-like).
    /// </summary>
    public double Score(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        double sum = 0;
        string u = WittenBellTrigram.Start, v = WittenBellTrigram.Start;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var w = i < tokens.Count ? tokens[i] : WittenBellTrigram.End;
            sum += Math.Log(_title.Probability(u, v, w)) - Math.Log(_background.Probability(u, v, w));
            (u, v) = (v, w);
        }

        return sum / (tokens.Count + 1);
    }

    /// <summary>The title-form score of the words <paramref name="kept"/> (ascending indices) of <paramref name="document"/>.</summary>
    public double Score(AnalyzedDocument document, IReadOnlyList<int> kept)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        var tokens = new List<string>(kept.Count);
        foreach (var k in kept)
        {
            if (!string.IsNullOrWhiteSpace(document.Words[k].Text))
            {
                tokens.Add(TokenOf(document.Words[k]));
            }
        }

        return Score(tokens);
    }

    /// <summary>Writes the trigram counts of both models, sorted, so the same training data gives the same bytes.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"{Header} {Version.ToString(CultureInfo.InvariantCulture)}\n");
        foreach (var (name, model) in new[] { ("title", _title), ("background", _background) })
        {
            foreach (var ((u, v, w), count) in model.Trigrams.OrderBy(t => t.Key.Item1, StringComparer.Ordinal)
                .ThenBy(t => t.Key.Item2, StringComparer.Ordinal).ThenBy(t => t.Key.Item3, StringComparer.Ordinal))
            {
                writer.Write($"{name}\t{u}\t{v}\t{w}\t{count.ToString(CultureInfo.InvariantCulture)}\n");
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; another version or a malformed line is an error naming <paramref name="origin"/>.</summary>
    public static TitleFormModel Read(TextReader reader, string origin)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (header != $"{Header} {Version.ToString(CultureInfo.InvariantCulture)}")
        {
            throw new InvalidDataException($"{origin}: title-form model of another version ('{header}'; this build reads {Version}). Retrain with `summeval train compressive`.");
        }

        var counts = new Dictionary<string, Dictionary<(string, string, string), int>>(StringComparer.Ordinal) { ["title"] = [], ["background"] = [] };
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length != 5 || !counts.TryGetValue(parts[0], out var target)
                || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            {
                throw new InvalidDataException($"{origin}:{number}: malformed title-form line.");
            }

            target[(parts[1], parts[2], parts[3])] = count;
        }

        return Create(counts["title"], counts["background"]);
    }

    private static TitleFormModel Create(Dictionary<(string, string, string), int> title, Dictionary<(string, string, string), int> background)
    {
        // One vocabulary (plus an unknown token) for both, so their uniform floors are the same and cancel in the ratio.
        var vocabulary = title.Keys.Concat(background.Keys).SelectMany(k => new[] { k.Item1, k.Item2, k.Item3 })
            .Where(t => t != WittenBellTrigram.Start).Distinct(StringComparer.Ordinal).Count() + 1;
        return new TitleFormModel(new WittenBellTrigram(title, vocabulary), new WittenBellTrigram(background, vocabulary));
    }

    private static IEnumerable<IReadOnlyList<string>> Clauses(AnalyzedDocument document)
    {
        var clause = new List<string>();
        var words = document.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && (word.Sentence != words[i - 1].Sentence || word.Clause != words[i - 1].Clause) && clause.Count > 0)
            {
                yield return clause;
                clause = [];
            }

            // The punctuation that ends a clause is not part of it (a title candidate is trimmed of it too).
            var breaks = i + 1 == words.Count || words[i + 1].Sentence != word.Sentence || words[i + 1].Clause != word.Clause;
            if (!string.IsNullOrWhiteSpace(word.Text) && !(breaks && word.IsPunctuation))
            {
                clause.Add(TokenOf(word));
            }
        }

        if (clause.Count > 0)
        {
            yield return clause;
        }
    }
}
