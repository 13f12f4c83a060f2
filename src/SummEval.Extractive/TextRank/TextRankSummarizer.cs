using SummEval.Documents;
using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Summarizers;
using SummEval.Text;
using SummEval.Tokenization;

namespace SummEval.Extractive.TextRank;

/// <summary>
/// Sentence TextRank (or PacSum's directed centrality) over word tokens followed by budgeted selection of sentences
/// or, when sentences are too long for the budget, of clauses scored by the centrality of the words they contain.
/// Section labels of structured abstracts never reach the summary.
/// </summary>
/// <param name="tokenizer">Word tokens for the similarity graph.</param>
/// <param name="options">Graph, centrality and selection settings.</param>
/// <param name="idf">IDF of a word (Jieba's table); only used when <see cref="TextRankOptions.IdfExponent"/> is not 0.</param>
public sealed class TextRankSummarizer(ITextTokenizer tokenizer, TextRankOptions options, Func<string, double>? idf = null) : ISummarizer
{
    // Function words carry no topic; counting them would link every sentence to every other.
    private static readonly HashSet<string> StopWords =
    [
        "的", "了", "和", "与", "及", "或", "在", "是", "对", "为", "以", "将", "把", "被", "由", "于", "中", "上", "下", "等",
        "并", "而", "其", "该", "这", "此", "之", "也", "都", "又", "从", "到", "则", "但", "使", "所", "有", "个", "地", "得",
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "is", "are", "by", "with",
    ];

    /// <inheritdoc />
    public string Name => "textrank";

    /// <summary>The settings in use.</summary>
    public TextRankOptions Options => options;

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars)));
    }

    /// <summary>The summary of <paramref name="source"/> within <paramref name="maxChars"/> code points (pure).</summary>
    public string Summarize(string source, int? maxChars) => Summarize(Analyze(source), maxChars, options);

    /// <summary>Splits <paramref name="source"/> into sentences and clauses, strips labels and framing, and tokenizes.</summary>
    public TextRankDocument Analyze(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<string>();
        var sentenceWords = new List<int[]>();
        var clauses = new List<TextRankClause>();
        var words = new List<int>();
        var section = ClauseRole.Other;
        foreach (var raw in SentenceSplitter.Split(source))
        {
            // A section label opens a section that runs until the next label ("结果 ...。...。结论 ...").
            var labelLength = SectionLabels.LabelLength(raw);
            if (labelLength > 0)
            {
                section = ClauseRoles.OfLabel(raw[..labelLength]);
            }

            var sentence = SectionLabels.Strip(raw);
            if (sentence.Length == 0 || SectionLabels.IsLabelOnly(sentence))
            {
                continue;
            }

            words.Clear();
            var position = 0;

            // A sentence opened by framing ("结果显示,70亿参数模型...", "为了解...,本文构建了...") has that role throughout.
            var sentenceRole = ClauseRole.Other;
            foreach (var part in ClauseSplitter.Split(sentence))
            {
                // Labels can sit before or after framing ("结论：本文..." / "本研究目的：..."), so strip both ways round.
                var partLabel = SectionLabels.LabelLength(part);
                var unlabelled = SectionLabels.Strip(part);
                var labelRole = partLabel > 0 ? ClauseRoles.OfLabel(part[..partLabel]) : section;

                // In a methods or results section "观察" is not the objective's verb but a word ("观察组有效率...").
                var objectiveVerbs = options.StripObjectiveVerbs && labelRole is not (ClauseRole.Method or ClauseRole.Result);
                var framing = StripFraming(unlabelled, objectiveVerbs, out var unframed);
                var clause = SectionLabels.Strip(unframed);
                // Markers are at most 6 characters, so only a short clause can be nothing but framing ("研究表明,").
                var markerOnly = unlabelled.Length <= 12 && DiscourseMarkers.IsMarkerOnly(unlabelled, objectiveVerbs);
                var role = ClauseRoles.OfFraming(markerOnly ? unlabelled : framing);
                if (position == 0 && role != ClauseRole.Other)
                {
                    sentenceRole = role;
                }

                if (clause.Length == 0 || SectionLabels.IsLabelOnly(clause))
                {
                    continue;
                }

                // A section label says more than framing inside it ("结果：观察组..." is a result whatever its verb).
                if (labelRole != ClauseRole.Other)
                {
                    role = labelRole;
                }
                else if (role == ClauseRole.Other)
                {
                    role = sentenceRole;
                }

                var (ids, ends, first, resultWord) = Tokens(clause, vocabulary);
                if (role == ClauseRole.Other && ClauseRoles.IsMethodOpener(first))
                {
                    role = ClauseRole.Method;
                }

                var content = ids.Where(id => id >= 0).ToArray();
                words.AddRange(content);
                clauses.Add(new TextRankClause(clause, sentences.Count, [.. content.Distinct()], TextLength.Chars(clause), position++, ids, ends, role, ClauseRoles.IsDanglingOpener(first), resultWord));
            }

            sentences.Add(sentence);
            sentenceWords.Add([.. words]);
        }

        var weights = new double[vocabulary.Count];
        Array.Fill(weights, 1.0);
        if (idf is not null && options.IdfExponent != 0)
        {
            foreach (var (word, id) in vocabulary)
            {
                weights[id] = idf(word);
            }
        }

        var numeric = new bool[vocabulary.Count];
        foreach (var (word, id) in vocabulary)
        {
            numeric[id] = word.Any(char.IsDigit);
        }

        return new TextRankDocument(sentences, [.. sentenceWords], clauses, weights, numeric);
    }

    /// <summary>The summary of an analysed document under <paramref name="settings"/> (pure).</summary>
    public string Summarize(TextRankDocument document, int? maxChars, TextRankOptions settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var sentences = document.Sentences;
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        return Summarize(document, SentenceCentrality.Compute(document.SentenceWords, document.Idf.Length, settings), maxChars, settings);
    }

    /// <summary>
    /// The summary of an analysed document given its sentence centrality (<see cref="SentenceCentrality.Compute"/>
    /// under the same graph settings), so a parameter search can reuse one graph for many selection settings.
    /// </summary>
    public string Summarize(TextRankDocument document, double[] scores, int? maxChars, TextRankOptions settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(settings);
        var sentences = document.Sentences;
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var top = ArgMax(scores);
        if (maxChars is not { } budget)
        {
            return sentences[top];
        }

        var useSentences = settings.Unit == SelectionUnit.Sentence ||
            (settings.Unit == SelectionUnit.Auto && TextLength.Chars(sentences[top]) <= budget);
        if (useSentences)
        {
            var lengths = sentences.Select(TextLength.Chars).ToArray();
            var chosen = BudgetedSelector.Select(lengths, scores, budget);
            return chosen.Length > 0 ? BudgetedSelector.Join(sentences, chosen, string.Empty, budget) : CutAtWord(sentences[top], budget);
        }

        return SelectClauses(document, scores, budget, settings);
    }

    private string SelectClauses(TextRankDocument document, double[] scores, int budget, TextRankOptions settings)
    {
        // Word centrality: a word is as important as the centrality mass of the sentences using it (times its IDF).
        var wordWeight = new double[document.Idf.Length];
        for (var i = 0; i < document.SentenceWords.Length; i++)
        {
            foreach (var w in document.SentenceWords[i])
            {
                wordWeight[w] += scores[i];
            }
        }

        for (var w = 0; w < wordWeight.Length; w++)
        {
            if (settings.IdfExponent != 0)
            {
                wordWeight[w] *= Math.Pow(document.Idf[w], settings.IdfExponent);
            }

            if (document.Numeric[w])
            {
                wordWeight[w] *= settings.NumberWeight;
            }
        }

        var texts = new List<string>();
        var lengths = new List<int>();
        var values = new List<double>();
        foreach (var clause in document.Clauses)
        {
            var (text, length, words) = (clause.Text, clause.Length, clause.Words);
            if (length > budget && settings.CutLongClauses)
            {
                // As lead-1 cuts its sentence: a long clause can still open a summary, cut after a whole word.
                (text, length, words) = clause.Prefix(budget);
            }

            // A clause shorter than this cannot stand alone: budget filling would glue fragments like "方法" or "P<0.05".
            if (length < Math.Min(settings.MinClauseChars, budget) || length > budget || (settings.DropDangling && clause.Dangling))
            {
                continue;
            }

            double value = 0;
            var numeric = false;
            foreach (var w in words)
            {
                value += wordWeight[w];
                numeric |= document.Numeric[w];
            }

            // Role priors: a title names the objective's topic, rarely a finding or a measurement.
            var role = clause.Role == ClauseRole.Other && settings.ResultWords && clause.HasResultWord ? ClauseRole.Result : clause.Role;
            value *= role switch
            {
                ClauseRole.Objective => settings.ObjectiveWeight,
                ClauseRole.Method => settings.MethodWeight,
                ClauseRole.Result => settings.ResultWeight,
                _ => 1,
            };
            value *= (numeric ? settings.NumericClauseWeight : 1) * (clause.Sentence == 0 ? settings.LeadWeight : 1);

            // Position prior: abstracts state their topic early, so earlier sentences' (and clauses') words weigh more.
            texts.Add(text);
            lengths.Add(length);
            values.Add(value / (1 + (settings.PositionDecay * clause.Sentence)) / (1 + (settings.ClauseDecay * clause.Position)));
        }

        var chosen = BudgetedSelector.Select(lengths, values, budget);
        if (chosen.Length > 0)
        {
            return BudgetedSelector.Join(texts, chosen, string.Empty, budget);
        }

        // Nothing stands alone within the budget: the top sentence itself, cut at a word boundary.
        return CutAtWord(document.Sentences[ArgMax(scores)], budget);
    }

    // The longest prefix made of whole tokens; a plain cut when the tokenizer's tokens do not tile the text (bigrams)
    // or the first token alone exceeds the budget.
    private string CutAtWord(string text, int budget)
    {
        if (TextLength.Chars(text) <= budget)
        {
            return text;
        }

        var tokens = tokenizer.Tokenize(text);
        var length = 0;
        var chars = 0;
        var tiles = string.Concat(tokens).Length == text.Length;
        foreach (var token in tiles ? tokens : [])
        {
            var c = TextLength.Chars(token);
            if (chars + c > budget)
            {
                break;
            }

            chars += c;
            length += token.Length;
        }

        return length > 0 ? text[..length].TrimEnd() : TextLength.Truncate(text, budget);
    }

    // Strips leading framing (DiscourseMarkers), but only at word boundaries when the tokens tile the text:
    // "为了解大语言模型..." loses "为" and then the verb "了解", not "为了" leaving "解大语言模型...".
    // Returns what was stripped.
    private string StripFraming(string clause, bool objectiveVerbs, out string rest)
    {
        rest = DiscourseMarkers.Strip(clause, objectiveVerbs);
        if (rest.Length == clause.Length)
        {
            return string.Empty;
        }

        var tokens = tokenizer.Tokenize(clause);
        if (string.Concat(tokens).Length != clause.Length)
        {
            return clause[..(clause.Length - rest.Length)];
        }

        var ends = new List<int>(tokens.Count);
        var offset = 0;
        foreach (var token in tokens)
        {
            offset += token.Length;
            ends.Add(offset);
        }

        var start = 0;
        while (true)
        {
            var remaining = DiscourseMarkers.Strip(clause[start..], objectiveVerbs);
            var stripped = clause.Length - remaining.Length;
            var boundary = ends.LastOrDefault(e => e <= stripped);
            if (boundary <= start)
            {
                break;
            }

            start = boundary;
            while (start < clause.Length && char.IsWhiteSpace(clause[start]))
            {
                start++;
            }
        }

        rest = clause[start..];
        return clause[..start];
    }

    // Word id per token (-1 for stop words and punctuation), token end offsets (empty unless the tokens tile the
    // text), the first non-blank token, and whether a token is a word of change or comparison.
    private (int[] Ids, int[] Ends, string First, bool ResultWord) Tokens(string text, Dictionary<string, int> vocabulary)
    {
        var tokens = tokenizer.Tokenize(text);
        var first = tokens.Select(t => t.Trim()).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
        var resultWord = false;
        var ids = new int[tokens.Count];
        var ends = new int[tokens.Count];
        var offset = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            offset += token.Length;
            ends[t] = offset;
            var trimmed = token.Trim();
            resultWord |= ClauseRoles.IsResultWord(trimmed);
            if (trimmed.Length == 0 || StopWords.Contains(trimmed) || !trimmed.Any(char.IsLetterOrDigit))
            {
                ids[t] = -1;
                continue;
            }

            if (!vocabulary.TryGetValue(trimmed, out var id))
            {
                id = vocabulary.Count;
                vocabulary[trimmed] = id;
            }

            ids[t] = id;
        }

        return (ids, offset == text.Length ? ends : [], first, resultWord);
    }

    private static int ArgMax(double[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
