using System.Buffers;
using System.Collections.Frozen;
using SummEval.Documents;
using SummEval.Extractive.Normalization;
using SummEval.Extractive.Selection;
using SummEval.Extractive.Sentences;
using SummEval.Extractive.Tokenization;
using SummEval.Jieba;
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
    // The share of the shorter of two sentences chosen whole that their LCS must reach for one to repeat the other.
    private const double RepeatedSentenceShare = 0.8;

    // Function words carry no topic; counting them would link every sentence to every other.
    private static readonly HashSet<string> StopWords =
    [
        "的", "了", "和", "与", "及", "或", "在", "是", "对", "为", "以", "将", "把", "被", "由", "于", "中", "上", "下", "等",
        "并", "而", "其", "该", "这", "此", "之", "也", "都", "又", "从", "到", "则", "但", "使", "所", "有", "个", "地", "得",
        "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "is", "are", "by", "with",
    ];

    // Stop word, result word and list mark in one lookup: most tokens are none of them, and a miss then costs one
    // hash instead of three (the sets themselves stay the definitions).
    private static readonly FrozenDictionary<string, (bool Stop, bool Result, bool ListMark)> TokenCues =
        StopWords.Concat(ClauseRoles.ResultWordList).Concat(ClauseRoles.ListMarkList).Distinct(StringComparer.Ordinal).ToFrozenDictionary(
            w => w, w => (StopWords.Contains(w), ClauseRoles.IsResultWord(w), ClauseRoles.IsListMark(w)), StringComparer.Ordinal);

    // char.IsDigit and char.IsLetterOrDigit as value sets: the per-token checks run without a delegate.
    private static readonly System.Buffers.SearchValues<char> Digits =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    private static readonly System.Buffers.SearchValues<char> LettersOrDigits =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsLetterOrDigit)]);

    // The word ids of the document being analysed, kept per thread for the next document: growing a fresh
    // dictionary to a document's few hundred words was a tenth of the bytes an analysis allocated. Taken (set to
    // null) while in use; a vocabulary larger than MaxKeptVocabulary is left to the GC, so one long document
    // does not make every later Clear slow.
    [ThreadStatic]
    private static Dictionary<string, int>? t_vocabulary;

    private const int MaxKeptVocabulary = 4096;

    /// <inheritdoc />
    public string Name => "textrank";

    /// <summary>The settings in use.</summary>
    public TextRankOptions Options => options;

    /// <inheritdoc />
    public Task<SummaryResult> SummarizeAsync(Document document, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<SummaryResult>(cancellationToken);
        }

        return Task.FromResult(new SummaryResult(Summarize(document.Source, options.MaxChars)));
    }

    /// <summary>
    /// The summary of <paramref name="source"/> within <paramref name="maxChars"/> code points (pure). The source is
    /// analysed through its <see cref="AnalysisText"/> (wrapped lines joined, markup and addresses left out, Traditional
    /// Chinese simplified, full-width letters and digits as ASCII) and the summary written with the source's own characters.
    /// </summary>
    public string Summarize(string source, int? maxChars)
    {
        var text = AnalysisText.Of(source);
        return text.Restore(Summarize(Analyze(text.Shadow), maxChars, options));
    }

    /// <summary>
    /// Splits <paramref name="source"/> into sentences and clauses, strips labels and framing, and tokenizes; in a text
    /// with Chinese sentences, sentences without a Chinese character (an English abstract beside the Chinese one) are left out.
    /// </summary>
    public TextRankDocument Analyze(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var vocabulary = t_vocabulary ?? new Dictionary<string, int>(StringComparer.Ordinal);
        t_vocabulary = null;
        var sentences = new List<string>();
        var sentenceWords = new List<int[]>();
        var clauses = new List<TextRankClause>();
        var words = new List<int>(64);
        var section = ClauseRole.Other;
        var structured = false;
        var objective = false;
        var split = SentenceSplitter.Split(source);
        var chinese = split.Any(s => HanScript.Contains(s));
        // Key words, a classification number, a grant: a journal page's fields pasted with the abstract are not
        // sentences to choose (a key-word list is central to every sentence, and was chosen as the summary), but their
        // words are the author's own topic terms, so they still vote: they join the graph after the sentences.
        // The same holds for a reference list and the headings and captions of a paper's body pasted with its abstract.
        // Each sentence is tested once, and only in a text that may hold a field; a text of nothing but fields is
        // summarized from them as written.
        var isField = BibliographicFields.MayHave(source) ? BibliographicFields.Fields(split) : null;
        // A transcript's questions vote as fields do (its answers say what it has to say), and its speakers' names go
        // as labels do. A speaker's label has its colon.
        var transcript = source.AsSpan().IndexOfAny(":：") >= 0;
        var speakers = transcript ? TranscriptTurns.Names(split) : null;
        if (transcript && TranscriptTurns.Questions(split) is { } questions)
        {
            isField ??= new bool[split.Count];
            for (var k = 0; k < questions.Length; k++)
            {
                isField[k] |= questions[k];
            }
        }

        // A mathematical premise (设G是有限群，H是G的子群) names the symbols, and an outline (本论文共分为五章) counts the chapters:
        // their words vote as a field's do, and they are no candidates.
        for (var k = 0; k < split.Count; k++)
        {
            if (MathPremises.Opens(split[k]) || OutlineStatements.Is(split[k]))
            {
                (isField ??= new bool[split.Count])[k] = true;
            }
        }

        if (isField is not null && !isField.Contains(false))
        {
            isField = null;
        }

        List<int[]>? fieldWords = null;
        for (var k = 0; k < split.Count; k++)
        {
            var raw = speakers is not null && speakers[k] > 0 ? split[k][speakers[k]..] : split[k];
            if (isField is not null && isField[k] && (!chinese || HanScript.Contains(raw)))
            {
                (fieldWords ??= []).Add([.. Tokens(raw, vocabulary, default).Ids.Where(id => id >= 0)]);
                continue;
            }

            // A Chinese document's sentences without a Chinese character are its English abstract, key words or a
            // formula: never a Chinese summary, and a fragment of one glued to Chinese text cannot stand alone
            // ("This study中国家庭追踪调查数据").
            if (chinese && !HanScript.Contains(raw))
            {
                continue;
            }

            // A section label opens a section that runs until the next label ("结果 ...。...。结论 ...").
            var labelLength = SectionLabels.LabelLength(raw, structured);
            if (labelLength > 0)
            {
                section = ClauseRoles.OfLabel(raw[..labelLength]);
                structured = true;
            }

            // An enumerated item's marker ("(1)大众传播领域中的技术变化...") is no part of what it says, a Latin gloss in
            // brackets (长短期记忆网络(LSTM)) no part of a title (stop 60), and the marks of quoted speech no part of what it
            // reports (stop 61). A popular belief and what is believed are one clause (人们普遍认为，喝咖啡会…; stop 63).
            var sentence = PopularBeliefs.Joined(SpeechQuotes.Unquoted(LatinGlosses.Without(ListItemMarkers.Strip(SectionLabels.Strip(raw, labelLength)))));
            if (sentence.Length == 0 || SectionLabels.IsLabelOnly(sentence) || SpokenFillers.IsOnlyFillers(sentence))
            {
                continue;
            }

            words.Clear();
            var position = 0;

            // A sentence opened by framing ("结果显示,70亿参数模型...", "为了解...,本文构建了...") has that role throughout.
            var sentenceRole = ClauseRole.Other;
            // Only a sentence with a colon can name a speaker before it: most have none, and their clauses are not searched for one.
            var colon = sentence.AsSpan().IndexOfAny('：', ':') >= 0;
            foreach (var item in ClauseSplitter.Split(sentence))
            {
                // Items are listed inside a sentence too ("结果表明:①与新土相比,...").
                var part = ListItemMarkers.Strip(item);
                // Labels can sit before or after framing ("结论：本文..." / "本研究目的：..."), so strip both ways round.
                var partLabel = SectionLabels.LabelLength(part);
                structured |= partLabel > 0;
                var unlabelled = SectionLabels.Strip(part, partLabel);
                var labelRole = partLabel > 0 ? ClauseRoles.OfLabel(part[..partLabel]) : section;

                // In a methods or results section "观察" is not the objective's verb but a word ("观察组有效率...").
                var objectiveVerbs = options.StripObjectiveVerbs && labelRole is not (ClauseRole.Method or ClauseRole.Result);
                var framing = StripFraming(unlabelled, objectiveVerbs, out var unframed, out var whole);
                // With no framing stripped the clause is the unlabelled part, whose labels are already gone.
                var clause = framing.Length == 0 ? unlabelled : SectionLabels.Strip(unframed);
                // Markers are at most 6 characters, so only a short clause can be nothing but framing ("研究表明,").
                var markerOnly = unlabelled.Length <= 12 && DiscourseMarkers.IsMarkerOnly(unlabelled, objectiveVerbs);
                var role = ClauseRoles.OfFraming(markerOnly ? unlabelled : framing);
                if (position == 0 && role != ClauseRole.Other)
                {
                    sentenceRole = role;
                }

                // A filler (大家好, 好的, 嗯) says nothing, so its words do not vote either.
                if (clause.Length == 0 || SectionLabels.IsLabelOnly(clause) || SpokenFillers.IsFiller(clause))
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

                var tokens = Tokens(clause, vocabulary, whole);
                if (role == ClauseRole.Other && ClauseRoles.IsMethodOpener(tokens.First))
                {
                    role = ClauseRole.Method;
                }

                objective |= role == ClauseRole.Objective;
                foreach (var id in tokens.Ids)
                {
                    if (id >= 0)
                    {
                        words.Add(id);
                    }
                }

                // A news story's attribution (记者从省农业农村厅获悉, 据介绍) says where the story was heard, a patent's technical
                // field (本发明涉及农业机械技术领域) where the invention belongs, and a speaker's clause (…上表示：) who spoke; the answer to
                // a denial (并非…，而是…的结果) answers nothing without it, nor does a condition (…未按期足额缴纳出资的，) or a
                // comparison whose subject the clause before holds (…总产量达到14130亿斤，|比上年增加120亿斤; stop 63; …45.3亿元，|同比下降12.4%, stop 64). Their words
                // vote, and they are no candidates. Each keeps its place, so the clauses after it keep theirs.
                if (NewsAttributions.IsAttribution(clause) || TechnicalFields.IsStatement(unlabelled) || IntroducesAList(clause) || (colon && IsSpeaker(sentence, item, clause))
                    || DenialAnswers.IsAnswer(unlabelled) || (tokens.Ends.Length > 1 && ConditionClauses.IsCondition(clause, clause.AsSpan(tokens.Ends[^2])))
                    || ComparisonClauses.IsComparison(clause, tokens.First) || BackgroundClauses.IsBackground(clause) || DenialAnswers.IsContrast(clause))
                {
                    position++;
                    continue;
                }

                clauses.Add(Clause(clause, sentences.Count, position++, role, tokens, ClauseRoles.IsDanglingFraming(framing), labelRole == ClauseRole.Objective, IsNaming(framing), BeneficiaryLength(framing, clause, tokens.Ends)));
            }

            sentences.Add(sentence);
            sentenceWords.Add([.. words]);
        }

        // A document with no label and no objective clause may be summarized by its opening sentence as a whole
        // (LeadSentenceCandidate): tokenized only then, so structured and framed abstracts pay nothing for it.
        TextRankClause? lead = null;
        if (!structured && !objective && sentences.Count > 0)
        {
            StripFraming(sentences[0], options.StripObjectiveVerbs, out var opening, out var whole);
            opening = WithoutPreamble(opening);
            if (opening.Length > 0)
            {
                lead = Clause(opening, 0, 0, ClauseRole.Other, Tokens(opening, vocabulary, whole));
            }
        }

        foreach (var field in fieldWords ?? [])
        {
            sentences.Add(string.Empty);
            sentenceWords.Add(field);
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
            numeric[id] = word.AsSpan().ContainsAny(Digits);
        }

        if (vocabulary.Count <= MaxKeptVocabulary)
        {
            vocabulary.Clear();
            t_vocabulary = vocabulary;
        }

        return new TextRankDocument(sentences, [.. sentenceWords], clauses, weights, numeric, structured, lead) { Fields = fieldWords?.Count ?? 0 };
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
    /// under the same graph settings), so a parameter search can reuse one graph for many selection settings. Empty
    /// when the document has no letter or digit to summarize (only punctuation, say).
    /// </summary>
    public string Summarize(TextRankDocument document, double[] scores, int? maxChars, TextRankOptions settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(settings);
        var summary = WithoutLeaningOpener(WithoutOpeningConnective(WithoutNameLabel(WithoutOpeningDash(WithoutFinalColon(WithoutStub(CitationMarks.Without(Select(document, scores, maxChars, settings)), document.Sentences))))));
        return HasLetterOrDigit(summary) ? summary : string.Empty;
    }

    // A summary whose last piece keeps only the start of a clause the source goes on with, at most four Han characters
    // (…生产国,生产|总量居…, …做工精细，穿着|很舒服, …常见并发症,其发病|原因…) ends before the separator instead: so short a start
    // is no phrase, whether one word or more (until stop 60 only one word went). Trimmed after the choice, which it leaves
    // alone (as a cut rule on the candidates, the shorter pieces changed which won: CSL train −0.0007, docs/extractive.md),
    // and the budget is not filled again. A clause the source ends there (…，值得。) is whole. A step's label alone (…的使用方法，
    // 步骤1|：将果蔬…) names a step the summary does not hold, and goes the same way, as does a filler that ends a sentence
    // (…希望有关部门尽快处理，谢谢！). A piece joined after such a stub keeps its place (…纠纷一案，本院|，应承担…: the stub goes
    // with the separator before it).
    private string WithoutStub(string summary, IReadOnlyList<string> sentences)
    {
        var end = summary.Length;
        while (end > 0 && summary.AsSpan(0, end).LastIndexOfAny(ClauseSeparators) is var separator and > 0)
        {
            if (IsStub(summary.AsSpan(separator + 1, end - separator - 1), sentences))
            {
                summary = string.Concat(summary.AsSpan(0, separator), summary.AsSpan(end));
            }

            end = separator;
        }

        return summary;
    }

    // At most four Han characters the source only ever goes on from, a step's label, or a filler.
    private static bool IsStub(ReadOnlySpan<char> stub, IReadOnlyList<string> sentences)
    {
        const int MaxStub = 4;
        return stub.Length is >= 1 and <= MaxStub
            && (ListItemMarkers.IsStepLabel(stub) || SpokenFillers.IsFiller(stub)
                || (!stub.ContainsAnyExceptInRange('\u3400', '\u9FFF') && ContinuesInSource(stub, sentences)));
    }

    private static readonly SearchValues<char> ClauseSeparators = SearchValues.Create(",，;；");

    // Whether the source has the word right after a clause's start and goes on with the clause, and never has it as a
    // clause of its own.
    private static bool ContinuesInSource(ReadOnlySpan<char> word, IReadOnlyList<string> sentences)
    {
        var continues = false;
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k].AsSpan();
            for (var at = sentence.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                var end = at + word.Length;
                if (at == 0 || ClauseSeparators.Contains(sentence[at - 1]))
                {
                    if (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]))
                    {
                        return false;
                    }

                    continues = true;
                }

                var next = sentence[end..].IndexOf(word, StringComparison.Ordinal);
                at = next < 0 ? -1 : end + next;
            }
        }

        return continues;
    }

    // A summary that opens on a sentence's connective and its comma (然而，…, 总之，…) leans on a sentence it does not hold, and
    // one that opens on when its news or its trend came about (近日，…, 近年来，…; stop 64) says when, which no title does;
    // 然而 leans without a comma too (然而普通矩阵分解算法…), where 不过 or 所以 may be a word of the clause (不过是…). Trimmed
    // after the choice, as the leaning opener is, so the choice is the same; at least MinRest characters stay.
    private static string WithoutOpeningConnective(string summary)
    {
        foreach (var connective in OpeningConnectives)
        {
            if (!summary.StartsWith(connective, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = summary.AsSpan(connective.Length);
            if (rest is ['，' or ',', ..] || connective == "然而")
            {
                rest = rest.TrimStart("，, ");
                if (TextLength.Chars(rest) >= MinRest && char.IsLetterOrDigit(rest[0]) && SectionLabels.LabelLength(rest) == 0)
                {
                    return rest.ToString();
                }
            }

            break;
        }

        return summary;
    }

    // What an opening trim leaves at least (该方法 stays: 方法 alone says too little).
    private const int MinRest = 4;

    private static readonly string[] OpeningConnectives = ["然而", "不过", "可是", "所以", "于是", "总之", "换言之", "事实上", "近日", "日前", "近期", "近年来", "近些年来", "近几年来", "如今"];

    // A dash that set what follows off from a name left out before it (【每日背单词】——科学记忆，…) opens nothing.
    private static string WithoutOpeningDash(string summary) =>
        summary.Length > 1 && summary[0] is '—' or '―' or '⸺' && summary.AsSpan().TrimStart("—―⸺ ") is { Length: > 0 } rest && char.IsLetterOrDigit(rest[0]) ? rest.ToString() : summary;

    // A summary that opens on a form's line giving a name or a title (通用名称：布洛芬缓释胶囊, a leaflet's; 报告题目：…) says it without the label.
    private static string WithoutNameLabel(string summary) =>
        FormLines.NameLabelLength(summary) is var label and > 0 ? summary[label..] : summary;

    // A sentence that announces what follows ("现将情况介绍如下:", "主要对以下问题展开讨论:") keeps its colon when taken whole;
    // at the end of a summary the colon promises text that is not there.
    private static string WithoutFinalColon(string summary) =>
        summary.Length > 1 && summary[^1] is ':' or '：' ? summary.AsSpan().TrimEnd(":： ").ToString() : summary;

    // A summary that opens on a word leaning on the sentence before ("故燃煤工业锅炉…", "该控制系统…", "是一组…蛋白") reads
    // without it. Trimmed after the choice, which it leaves alone: stripped from the candidates instead, it changed which
    // clause won, for the worse on md dev. At least 4 characters stay, and they do not open like a section label. What is
    // left can open on another such word ("将该算法…"): that goes too.
    private string WithoutLeaningOpener(string summary)
    {
        if (summary.Length <= MinRest || !ClauseRoles.MayOpenLeaning(summary[0]))
        {
            return summary;
        }

        var tokens = tokenizer.Tokenize(summary);

        // Jieba's HMM glues the pronoun 其 to the character after it (其自|注意力机制…, 其钢|-混结合段…): a pair no dictionary holds
        // is the pronoun and the start of what it points to (stop 60).
        if (tokens.Count > 0 && tokens[0] is [Its, _] && JiebaSegmenter.Default.Dictionary.TagOf(tokens[0]) is null)
        {
            tokens = [Its.ToString(), tokens[0][1..], .. tokens.Skip(1)];
        }

        if (tokens.Count < 2 || !ClauseRoles.IsLeaningOpener(tokens[0]) || !summary.StartsWith(tokens[0], StringComparison.Ordinal))
        {
            return summary;
        }

        // 实现方法…, 分析结果…: the verb modifies the noun, and the phrase is the topic. 建立和完善…, 设计与研制…: a conjunction joins the
        // verb to the next one, and the rest would open on it (和完善…); one that leans itself goes next (分析并研究… reads 研究…). After an
        // adverb the conjunction opens a phrase of its own (再|与邻氯硝基苯缩合制得).
        if (ClauseRoles.IsGoverningVerb(tokens[0])
            && (ClauseRoles.IsModifiedNoun(tokens[1]) || (ClauseRoles.IsConjunction(tokens[1]) && !ClauseRoles.IsLeaningOpener(tokens[1]))))
        {
            return summary;
        }

        // 包括教师在内的…: the frame's 在内 needs its 包括.
        if (tokens[0] == "包括" && summary.Contains("在内", StringComparison.Ordinal))
        {
            return summary;
        }

        // 使用|前请摇匀, 分析|时需…: a word of place or time makes a phrase of the opener (before use), and the rest would open on it.
        if (ClauseRoles.IsLocalizer(tokens[1]))
        {
            return summary;
        }

        // 用了|一个月，…, 使用|三年后…: a duration is how long the verb went on, not its object; without the verb it reads as a date.
        if (ClauseRoles.IsGoverningVerb(tokens[0]) && OpensOnDuration(summary.AsSpan(tokens[0].Length + (tokens[1] == "了" ? 1 : 0))))
        {
            return summary;
        }

        // A person the pronoun names is the subject of what follows (他叫林风，…): without it the rest is a predicate with no
        // one to do it, so it stays; unless it only reports what follows (她认为，…), which reads without both. 它 stands for a
        // thing an earlier sentence named (它在基本刀具库中…), and goes.
        if (ClauseRoles.IsPersonalPronoun(tokens[0]) && tokens[1] != "的")
        {
            var reported = summary[tokens[0].Length..];
            return DiscourseMarkers.ReportingVerbLength(reported) is var verb and > 0 && TextLength.Chars(reported[verb..]) >= MinRest
                ? WithoutLeaningOpener(reported[verb..])
                : summary;
        }

        // A pronoun's 的 goes with it ("他的想象学说…" reads "想象学说…", not "的想象学说…"), and so does a verb's 了 (实现了…) or 出
        // (构建出…) and a demonstrative's classifier (这款笔记本… reads 笔记本…, not 款笔记本…).
        var classified = tokens.Count > 2 && ClauseRoles.IsDemonstrativeWithClassifier(tokens[0], tokens[1]);
        var opener = tokens[0].Length + (classified ? tokens[1].Length : 0)
            + ((ClauseRoles.IsPronoun(tokens[0]) && tokens.Count > 2 && tokens[1] == "的") || (ClauseRoles.IsGoverningVerb(tokens[0]) && tokens.Count > 2 && tokens[1] is "了" or "出") ? 1 : 0);

        // "该方法首先对…" stays: without 该 it would open like a methods section's label.
        var rest = summary[opener..];
        // 分析|型模型…: a one-character suffix jieba left apart makes a word with the opener, and the rest would start inside it.
        return TextLength.Chars(rest) >= MinRest && (char.IsLetterOrDigit(rest, 0) || OpensAPhrase(rest[0])) && SectionLabels.LabelLength(rest) == 0
            && (classified || !(tokens[1].Length == 1 && DiscourseMarkers.BoundSuffixes.Contains(tokens[1][0])))
            ? WithoutLeaningOpener(rest)
            : summary;
    }

    private const char Its = '其';

    // A quote or bracket that opens what follows (“DYBA”…, (AIDS)…), not one that closes or separates, and a Roman numeral
    // (Ⅱ型糖尿病…), a letter number that opens a phrase as a digit does.
    private static bool OpensAPhrase(char c) => c == '"' ||
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.InitialQuotePunctuation
            or System.Globalization.UnicodeCategory.LetterNumber;

    // Characters outside the BMP (rare Han characters, mostly) count as content.
    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private string Select(TextRankDocument document, double[] scores, int? maxChars, TextRankOptions settings)
    {
        var sentences = document.Sentences;
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var top = ArgMax(scores, sentences.Count - document.Fields);
        if (maxChars is not { } budget)
        {
            return WithoutPreamble(sentences[top]);
        }

        var useSentences = settings.Unit == SelectionUnit.Sentence ||
            (settings.Unit == SelectionUnit.Auto && TextLength.Chars(sentences[top]) <= budget);
        if (useSentences)
        {
            // A field (empty text) never fits, so only the sentences are chosen. A sentence with no stop of its own pays
            // for the one it gets when another follows it. A sentence shorter than a clause that can stand alone fills no
            // budget (阿莫西林胶囊说明书。口服, …的公告。特此公告), as a short clause fills none; the best sentence may still be one.
            var stop = SentenceStop(document, settings);
            var last = sentences.Count - document.Fields - 1;
            var shortest = Math.Min(settings.MinClauseChars, budget);
            var lengths = sentences.Select((t, i) => i <= last && (i == top || TextLength.Chars(t) >= shortest) ? TextLength.Chars(t) + (i < last && !EndsWithStop(t) ? stop.Length : 0) : budget + 1).ToArray();
            var chosen = BudgetedSelector.Select(lengths, scores, budget);

            // A sentence that says what a chosen one says adds nothing (报告1例幼年透明蛋白纤维瘤病. and 诊断:幼年透明蛋白纤维瘤病.,
            // a case report's opening and its diagnosis), as the clauses' selection keeps no such pair. Whole sentences share
            // words by chance more than clauses do (小明的爸爸是一名消防员 and …小明在作文里写道：“我的爸爸是英雄！”), so only one
            // nearly inside the other counts; the shorter goes, since the longer says it too (a title over the sentence that
            // repeats it, 我的妈妈 and 我的妈妈是一名普通的护士), and the budget is filled again.
            while (RepeatedPieces.FirstPair(sentences, chosen, settings.RepeatShare is null ? null : RepeatedSentenceShare) is { } pair)
            {
                lengths[TextLength.Chars(sentences[pair.First]) < TextLength.Chars(sentences[pair.Second]) ? pair.First : pair.Second] = budget + 1;
                chosen = BudgetedSelector.Select(lengths, scores, budget);
            }

            return chosen.Length > 0 ? WholeSentences(sentences, chosen, budget, stop, settings) : CutAtWord(sentences[top], budget);
        }

        return SelectClauses(document, scores, budget, settings);
    }

    // Sentences chosen whole read as a title too: their framing goes, as a clause's does ("探讨介入诊疗…的临床价值." →
    // "介入诊疗…的临床价值"), and so does the full stop that ends the last one.
    private string WholeSentences(IReadOnlyList<string> sentences, int[] chosen, int budget, string stop, TextRankOptions settings)
    {
        var parts = new string[chosen.Length];
        for (var c = 0; c < chosen.Length; c++)
        {
            // Framing that is the first half of a compound stays: 研究|结果支持了… would open with the label 结果.
            StripFraming(sentences[chosen[c]], settings.StripObjectiveVerbs, out var rest, out _);
            rest = WithoutPreamble(WithoutReportingVerb(rest));
            parts[c] = HasLetterOrDigit(rest) && SectionLabels.LabelLength(rest) == 0 ? rest : sentences[chosen[c]];
            if (c < chosen.Length - 1 && !EndsWithStop(parts[c]))
            {
                // A colon announces what follows it (v2.3.1 更新内容：): before a stop it would read ：。, and the next chosen
                // sentence need not be what it announced.
                var part = parts[c].AsSpan().TrimEnd();
                parts[c] = part is [.., ':' or '：'] ? string.Concat(part.TrimEnd(":：").TrimEnd(), stop) : parts[c] + stop;
            }
        }

        var joined = string.Concat(parts).TrimEnd();
        var end = joined.Length;
        while (end > 0 && IsFullStop(joined, end - 1))
        {
            end = joined.AsSpan(0, end - 1).TrimEnd().Length;
        }

        return TextLength.Truncate(end > 0 ? joined[..end] : joined, budget);
    }

    // The stop a sentence ended by a line end or a section label (目的 探讨… 方法 …) gets before the next chosen one, so
    // two whole sentences never glue into one phrase; none when pieces are joined bare (SeparatePieces off).
    private static string SentenceStop(TextRankDocument document, TextRankOptions settings) =>
        !settings.SeparatePieces ? string.Empty : IsHanText(document) ? "。" : ". ";

    // Whether a sentence ends with a stop of its own (closing quotes and brackets after it aside).
    private static bool EndsWithStop(string sentence)
    {
        var end = sentence.AsSpan().TrimEnd().TrimEnd("”’」』）)]】》\"'");
        return !end.IsEmpty && end[^1] is '。' or '．' or '！' or '!' or '？' or '?' or '；' or ';' or '.' or '…';
    }

    // A sentence's closing stop; "." not after a Latin letter, as "et al." and "U.S." keep theirs.
    private static bool IsFullStop(string text, int at) => text[at] switch
    {
        '。' or '．' or '！' or '!' or '；' or ';' => true,
        '.' => at > 0 && !char.IsAsciiLetter(text[at - 1]),
        _ => false,
    };

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

        var plain = document.IsPlain(settings.PlainMaxSentences);
        var (firstSeen, lastSeen) = settings.ForwardWeight != 0 ? Occurrences(document) : ([], []);

        // Each piece after the first costs its separator too: selection runs on lengths and a budget one separator
        // longer, which is exact, since n pieces need n - 1 separators.
        var separator = Separator(document, settings);
        var selection = new Budget(budget, separator);
        var clauses = Candidates(document.Clauses, document, wordWeight, firstSeen, lastSeen, plain, selection, settings);

        // Round 8's inner spans overlap the clauses they come from: selection then keeps chosen pieces disjoint in the source.
        var overlapping = settings.FramingSpans;
        var lists = new List<PieceList>(2);
        if (plain && settings.LeadSentenceCandidate && document.Lead is { } lead)
        {
            // The opening sentence as a whole competes with the clauses it is made of: two selections that share the
            // later sentences' candidates (one knapsack table for those), the better wins.
            var opening = Candidates([lead], document, wordWeight, firstSeen, lastSeen, plain, selection, settings);
            var later = clauses.Texts.Count - clauses.FirstSentence;
            var withLead = new Pieces(
                [.. opening.Texts.Concat(clauses.Texts.Skip(clauses.FirstSentence))],
                [.. opening.Lengths.Concat(clauses.Lengths.Skip(clauses.FirstSentence))],
                [.. opening.Values.Concat(clauses.Values.Skip(clauses.FirstSentence))],
                [.. opening.Clauses.Concat(clauses.Clauses.Skip(clauses.FirstSentence))],
                opening.FirstSentence);
            var (chosen, chosenWithLead) = overlapping
                ? (Select(clauses, clauses.Values, selection.Padded, overlapping), Select(withLead, withLead.Values, selection.Padded, overlapping))
                : BudgetedSelector.SelectEither(clauses.Lengths, clauses.Values, withLead.Lengths, withLead.Values, later, selection.Padded);
            lists.Add(new PieceList(clauses, chosen));
            var leadWins = SumOf(chosenWithLead, withLead.Values) > SumOf(chosen, clauses.Values);
            lists.Insert(leadWins ? 0 : 1, new PieceList(withLead, chosenWithLead));
        }
        else
        {
            lists.Add(new PieceList(clauses, Select(clauses, clauses.Values, selection.Padded, overlapping)));
        }

        // lists[0] holds the knapsack's best selection.
        if (lists[0].Chosen.Length > 0)
        {
            if (settings.ConsensusWeight == 0 || settings.ConsensusPool < 2)
            {
                return BudgetedSelector.Join(lists[0].Pieces.Texts, lists[0].Chosen, separator, budget);
            }

            var (texts, values) = ConsensusPool(lists, selection, settings.ConsensusPool, overlapping, settings.RepeatShare);
            return texts[ConsensusSelector.Choose(texts, values, settings.ConsensusWeight, settings.ConsensusValueWeighted)];
        }

        // Nothing stands alone within the budget: the top sentence itself, without its framing (a cut of
        // 本发明公开了一种基于… backs off to the framing alone), cut at a word boundary.
        var top = document.Sentences[ArgMax(scores, document.Sentences.Count - document.Fields)];
        StripFraming(top, settings.StripObjectiveVerbs, out var unframed, out _);
        unframed = WithoutPreamble(WithoutReportingVerb(unframed));
        return CutAtWord(unframed.Length > 0 ? unframed : top, budget, settings);
    }

    // The clause names who speaks before a colon and the speech (…在新闻发布会上表示：总的来看，…): its words vote, and it is no
    // candidate, as a news story's attribution is not.
    private static bool IsSpeaker(string sentence, string item, string clause)
    {
        var at = sentence.IndexOf(item, StringComparison.Ordinal);
        return at >= 0 && at + item.Length < sentence.Length && SpeechQuotes.IsSpeaker(clause, sentence[at + item.Length]);
    }

    // A clause that ends on the verb of an enumeration (本次培训的主要内容包括：1）…；2）…) introduces the list after it and
    // says nothing without it: its words vote, and it is no candidate, so no summary ends on 包括 with its list left behind.
    private static bool IntroducesAList(string clause)
    {
        var text = clause.AsSpan().TrimEnd();
        foreach (var verb in EnumeratingVerbs)
        {
            if (text.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] EnumeratingVerbs = ["包括", "包含", "涵盖", "分为", "分别为", "主要有"];

    // A sentence whose stripped framing was its subject (研究发现，…, 本研究认为：…) still opens with the verb that reports
    // the finding; a title states the finding (发现，数字普惠金融… → 数字普惠金融…).
    // A news story's sentence opened by its attribution (11月20日，记者从省农业农村厅获悉，…; 据悉，…) is the story without it, and a
    // speaker's opened by a filler (大家好，…; 好的，…) is what the speaker says, and one opened by a cause or a setting
    // (受冷空气影响，…; 在…的背景下，…) is what happened in it (stop 64).
    private static string WithoutPreamble(string text)
    {
        var filler = SpokenFillers.OpeningLength(text);
        var rest = filler > 0 ? text[filler..] : text;
        rest = NewsAttributions.OpeningLength(rest) is var length and > 0 ? rest[length..] : rest;
        return BackgroundClauses.OpeningLength(rest) is var background and > 0 ? rest[background..] : rest;
    }

    private static string WithoutReportingVerb(string text) => DiscourseMarkers.ReportingVerbLength(text) is var length and > 0 ? text[length..] : text;

    // Pieces to choose from: their texts, lengths, values and the clause each comes from (an index into the source
    // list; -1 for the opening sentence, which stands for all of sentence 0); FirstSentence counts those from
    // sentence 0 (they come first: pieces are in source order).
    private sealed record Pieces(List<string> Texts, List<int> Lengths, List<double> Values, List<int> Clauses, int FirstSentence);

    // A piece list and the knapsack's selection from it.
    private sealed record PieceList(Pieces Pieces, int[] Chosen);

    // The budget (code points) and the separator that joins chosen pieces (one code point per character here). Padded is
    // the knapsack's capacity: piece lengths carry one separator each, so the capacity carries one too.
    private readonly record struct Budget(int Chars, string Separator)
    {
        public int Padded => Chars + Separator.Length;
    }

    // A comma between chosen pieces, in the text's own script; none when SeparatePieces is off.
    private static string Separator(TextRankDocument document, TextRankOptions settings) =>
        !settings.SeparatePieces ? string.Empty : IsHanText(document) ? "，" : ", ";

    private static bool IsHanText(TextRankDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (HanScript.Contains(sentence))
            {
                return true;
            }
        }

        return false;
    }

    // Words after which a clause's rest is an inner span (FramingSpans): framing inside the clause ("提出了一种|",
    // "探讨了|", "对…进行|", "以…为研究对象|").
    private static readonly HashSet<string> SpanFraming =
    [
        "一种", "一类", "一个", "提出", "探讨", "探讨了", "研究了", "分析了", "探究", "探究了", "考察了", "设计了", "构建了",
        "建立了", "开发了", "介绍了", "实现了", "进行", "进行了", "对象", "旨在",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanFramingLookup = SpanFraming.GetAlternateLookup<ReadOnlySpan<char>>();

    // Inner spans per clause at most (the earliest), so a clause with many framing words does not flood the knapsack.
    private const int MaxSpansPerClause = 4;

    // The pieces that can stand alone within the budget (long clauses cut after a word) and their values; with
    // FramingSpans also the clauses' inner spans (not the opening sentence's, source = [lead]).
    private static Pieces Candidates(
        IReadOnlyList<TextRankClause> source, TextRankDocument document, double[] wordWeight, int[] firstSeen, int[] lastSeen, bool plain, Budget budget, TextRankOptions settings)
    {
        var pieces = new Pieces([], [], [], [], 0);
        var firstSentence = 0;
        var opening = source.Count == 1 && ReferenceEquals(source[0], document.Lead);
        for (var k = 0; k < source.Count; k++)
        {
            var clause = source[k];
            var index = opening ? -1 : k;
            firstSentence += Add(pieces, clause, index, 1, document, wordWeight, firstSeen, lastSeen, plain, budget, settings);
            if (opening)
            {
                continue;
            }

            if (settings.FramingSpans && clause.TokenEnds.Length > 1)
            {
                var spans = 0;
                for (var t = 1; t < clause.TokenEnds.Length && spans < MaxSpansPerClause; t++)
                {
                    // A span opens on a content word, after a trigger word, outside brackets.
                    if (clause.TokenIds[t] < 0)
                    {
                        continue;
                    }

                    var start = t == 1 ? 0 : clause.TokenEnds[t - 2];
                    var previous = clause.Text.AsSpan(start, clause.TokenEnds[t - 1] - start).Trim();
                    if (!SpanFramingLookup.Contains(previous) || WellFormedCut.UnclosedBracket(clause.Text.AsSpan(0, clause.TokenEnds[t - 1])) >= 0)
                    {
                        continue;
                    }

                    // Framing inside the clause tells its role as framing at its start would ("以大学生为研究对象|").
                    var span = clause.From(t);
                    if (span.Role == ClauseRole.Other)
                    {
                        span = span with { Role = ClauseRoles.OfFraming(clause.Text[..clause.TokenEnds[t - 1]]) };
                    }

                    firstSentence += Add(pieces, span, k, settings.SubClauseWeight, document, wordWeight, firstSeen, lastSeen, plain, budget, settings);
                    spans++;
                }
            }
        }

        return pieces with { FirstSentence = firstSentence };
    }

    // Adds one piece covering clause `index` (cut to the budget when it is longer) when it stands alone; 1 when it was
    // added from sentence 0.
    private static int Add(
        Pieces pieces, TextRankClause clause, int index, double weight, TextRankDocument document, double[] wordWeight, int[] firstSeen, int[] lastSeen, bool plain, Budget budget, TextRankOptions settings)
    {
        var (text, length, words) = (clause.Text, clause.Length, clause.Words);
        var chars = budget.Chars;
        var cut = length > chars && settings.CutLongClauses;
        if (cut)
        {
            // As lead-1 cuts its sentence: a long clause can still open a summary, cut after a whole word.
            (text, length, words) = clause.Prefix(chars, settings.WellFormedCuts, settings.CutRules);
        }

        // Framing took the 为 of a benefactive (为X提供了Y): with its verb the piece would say X provides; without it, X is the topic.
        if (clause.Beneficiary > 0 && length > clause.Beneficiary)
        {
            cut = true;
            (text, length, words) = clause.Prefix(clause.Beneficiary, settings.WellFormedCuts, settings.CutRules);
        }

        // A clause shorter than this cannot stand alone: budget filling would glue fragments like "方法" or "P<0.05". What
        // the text puts forward (本发明提供一种|茶叶杀青装置, 提出了一种|改进的负荷估计算法) is a title's noun phrase whole, however short.
        var shortest = clause.Named && !cut ? settings.MinNamedClauseChars : settings.MinClauseChars;
        if (length < Math.Min(shortest, chars) || length > chars || (settings.DropDangling && clause.Dangling))
        {
            return 0;
        }

        double value = 0;
        var numeric = false;
        foreach (var w in words)
        {
            value += wordWeight[w];
            numeric |= document.Numeric[w];
        }

        // Role priors: a title names the objective's topic, rarely a finding or a measurement.
        var role = clause.Role;
        if (role == ClauseRole.Other && settings.ResultWords && clause.HasResultWord)
        {
            role = ClauseRole.Result;
        }
        else if (role == ClauseRole.Other && settings.TopicHeadObjective && clause.TopicHead && !cut)
        {
            role = ClauseRole.Objective;
        }

        value *= role switch
        {
            ClauseRole.Objective => settings.ObjectiveWeight,
            ClauseRole.Method => settings.MethodWeight,
            ClauseRole.Result => settings.ResultWeight,
            _ => 1,
        };
        // What the text puts forward is its topic by name, which framing (提出, 本发明) only points to.
        if (clause.Named && !cut)
        {
            value *= settings.NamedClauseWeight;
        }

        // A labelled objective is the objective for certain; framing (为, 提出) only suggests one. (The label gave the clause
        // its role, so no other check is needed.)
        if (clause.ObjectiveSection)
        {
            value *= settings.ObjectiveSectionWeight;
        }

        value *= (numeric ? settings.NumericClauseWeight : 1) * (clause.Sentence == 0 ? settings.LeadWeight : 1);
        value *= plain && clause.Sentence == 0 ? settings.PlainLeadWeight : 1;
        if (settings.EnumerationWeight != 1 && clause.ListMarksWithin(text.Length) >= 2)
        {
            value *= settings.EnumerationWeight;
        }

        if (settings.ForwardWeight != 0 && words.Length > 0)
        {
            // Forward coverage: the topic is taken up by later sentences; a finding repeats earlier ones.
            var (forward, backward) = Coverage(words, firstSeen, lastSeen, clause.Sentence);
            value *= Math.Max(0, 1 + (settings.ForwardWeight * (forward - backward) / words.Length));
        }

        if (weight != 1)
        {
            value *= weight;
        }

        // Position prior: abstracts state their topic early, so earlier sentences' (and clauses') words weigh more.
        pieces.Texts.Add(text);
        pieces.Lengths.Add(length + budget.Separator.Length);
        pieces.Clauses.Add(index);
        pieces.Values.Add(value / (1 + (settings.PositionDecay * clause.Sentence)) / (1 + (settings.ClauseDecay * clause.Position)));
        return clause.Sentence == 0 ? 1 : 0;
    }

    // How many of the words occur in a later sentence (forward) and in an earlier one (backward); a loop, not LINQ,
    // as it runs for every candidate piece.
    private static (int Forward, int Backward) Coverage(int[] words, int[] firstSeen, int[] lastSeen, int sentence)
    {
        var (forward, backward) = (0, 0);
        foreach (var w in words)
        {
            forward += lastSeen[w] > sentence ? 1 : 0;
            backward += firstSeen[w] < sentence ? 1 : 0;
        }

        return (forward, backward);
    }

    // The knapsack's selection from a piece list under other values; disjoint in the source when pieces overlap.
    private static int[] Select(Pieces pieces, IReadOnlyList<double> values, int budget, bool overlapping) =>
        overlapping
            ? BudgetedSelector.SelectDisjoint(pieces.Lengths, values, pieces.Clauses, pieces.Clauses, budget)
            : BudgetedSelector.Select(pieces.Lengths, values, budget);

    // Candidate summaries for consensus selection, best value first: each list's knapsack selection, the next best
    // selections without one of its pieces, and every single piece; the highest-valued distinct texts (on equal
    // values the earlier added, so the knapsack's best stays first).
    private static (List<string> Texts, List<double> Values) ConsensusPool(List<PieceList> lists, Budget budget, int size, bool overlapping, double? repeatShare)
    {
        var capacity = 0;
        foreach (var (pieces, chosen) in lists)
        {
            capacity += 1 + chosen.Length + pieces.Texts.Count;
        }

        var pool = new List<(string Text, double Value)>(capacity);
        foreach (var (pieces, chosen) in lists)
        {
            var (texts, values) = (pieces.Texts, pieces.Values);
            if (chosen.Length == 0)
            {
                continue;
            }

            if (!RepeatedPieces.Any(texts, chosen, repeatShare))
            {
                pool.Add((BudgetedSelector.Join(texts, chosen, budget.Separator, budget.Chars), SumOf(chosen, values)));
            }

            var without = values.ToArray();
            foreach (var excluded in chosen)
            {
                without[excluded] = 0;
                var next = Select(pieces, without, budget.Padded, overlapping);
                if (next.Length > 0 && !RepeatedPieces.Any(texts, next, repeatShare))
                {
                    pool.Add((BudgetedSelector.Join(texts, next, budget.Separator, budget.Chars), SumOf(next, without)));
                }

                without[excluded] = values[excluded];
            }

            for (var i = 0; i < texts.Count; i++)
            {
                if (values[i] > 0)
                {
                    pool.Add((texts[i], values[i]));
                }
            }
        }

        var order = Enumerable.Range(0, pool.Count).ToArray();
        Array.Sort(order, (a, b) => pool[a].Value != pool[b].Value ? pool[b].Value.CompareTo(pool[a].Value) : a.CompareTo(b));
        var result = (Texts: new List<string>(size), Values: new List<double>(size));
        foreach (var p in order)
        {
            if (result.Texts.Count == size)
            {
                break;
            }

            if (!result.Texts.Contains(pool[p].Text, StringComparer.Ordinal))
            {
                result.Texts.Add(pool[p].Text);
                result.Values.Add(pool[p].Value);
            }
        }

        return result;
    }

    // The chosen units' total value, added in their order (as Enumerable.Sum adds), without a closure per call.
    private static double SumOf(int[] chosen, IReadOnlyList<double> values)
    {
        var sum = 0.0;
        foreach (var i in chosen)
        {
            sum += values[i];
        }

        return sum;
    }

    // First and last sentence each word id occurs in (int.MaxValue / -1 for words of no sentence).
    private static (int[] First, int[] Last) Occurrences(TextRankDocument document)
    {
        var first = new int[document.Idf.Length];
        var last = new int[document.Idf.Length];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, -1);
        for (var i = 0; i < document.SentenceWords.Length; i++)
        {
            foreach (var w in document.SentenceWords[i])
            {
                first[w] = Math.Min(first[w], i);
                last[w] = i;
            }
        }

        return (first, last);
    }

    // The longest prefix made of whole words (tokens; a Latin word jieba cut at an accented letter counts as one); a plain
    // cut when the tokenizer's tokens do not tile the text (bigrams) or the first word alone exceeds the budget.
    // rules: the options whose well-formed cut rules apply; null cuts after any whole word.
    private string CutAtWord(string text, int budget, TextRankOptions? rules = null)
    {
        if (TextLength.Chars(text) <= budget)
        {
            return text;
        }

        var tokens = tokenizer.Tokenize(text);
        var length = 0;
        var chars = 0;
        var tiles = TotalLength(tokens) == text.Length;
        var ends = new List<int>();
        var fit = 0;
        foreach (var token in tiles ? tokens : [])
        {
            // One token past the budget is kept in ends: the list-item rule looks at what follows the cut.
            var c = TextLength.Chars(token);
            ends.Add(ends.Count == 0 ? token.Length : ends[^1] + token.Length);
            if (chars + c > budget)
            {
                break;
            }

            chars += c;
            if (!LatinLetters.SplitsWord(text, ends[^1]))
            {
                length = ends[^1];
                fit = ends.Count;
            }
        }

        if (rules is { WellFormedCuts: true } && WellFormedCut.Count(text, ends, fit, rules.CutRules) is var count and > 0)
        {
            length = ends[count - 1];
        }

        return length > 0 ? text[..length].TrimEnd() : TextLength.Truncate(text, budget);
    }

    // Strips leading framing at the clause's word boundaries (DiscourseMarkers). Returns what was stripped; whole: the
    // clause's tokens when they were computed (for the rest's, TailOf).
    private string StripFraming(string clause, bool objectiveVerbs, out string rest, out WholeTokens whole)
    {
        whole = default;
        var stripped = DiscourseMarkers.StrippedLength(clause, objectiveVerbs);
        if (stripped == 0)
        {
            rest = clause;
            return string.Empty;
        }

        IReadOnlyList<string> tokens;
        if (tokenizer is JiebaSegmenter jieba)
        {
            var cut = jieba.CutWithTails(clause, out var exactTails);
            whole = new WholeTokens(clause, cut, exactTails);
            tokens = cut;
        }
        else
        {
            tokens = tokenizer.Tokenize(clause);
        }

        var start = DiscourseMarkers.StrippedLength(clause, tokens, objectiveVerbs, stripped);

        // What a text puts forward is new (提出了一种新的|…), and a title never says so (none of CSL train's 1000 opens on 新的).
        if (IsNaming(clause.AsSpan(0, start)) && clause.AsSpan(start).StartsWith(New, StringComparison.Ordinal)
            && clause.AsSpan(start + New.Length).TrimStart() is { Length: > 0 } named)
        {
            start = clause.Length - named.Length;
        }

        // A means or a target whose preposition the strip took (通过|学习，我对…, 针对|这一问题，提出了…) is no phrase on its own:
        // its whole clause is framing, and so is what opens the clause after it.
        if (EndsOnMeansOrTarget(clause.AsSpan(0, start)) && FramedObjectLength(clause.AsSpan(start)) is var framed and > 0)
        {
            var after = clause[(start + framed)..];
            var more = StripFraming(after, objectiveVerbs, out rest, out whole);
            return clause[..(start + framed + more.Length)];
        }

        rest = clause[start..];
        return clause[..start];
    }

    // A count of time units at the start of text (一个月, 两年, 3天, 半年, 十几个小时).
    private static bool OpensOnDuration(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && (char.IsAsciiDigit(text[count]) || ChineseNumerals.Is(text[count]) || text[count] is '两' or '几' or '半' or '百'))
        {
            count++;
        }

        if (count == 0)
        {
            return false;
        }

        var unit = text[count..];
        if (unit.StartsWith("个", StringComparison.Ordinal))
        {
            unit = unit[1..];
        }

        foreach (var name in TimeUnits)
        {
            if (unit.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] TimeUnits = ["年", "月", "天", "日", "周", "星期", "小时", "分钟", "季度"];

    // The prepositions of a means or a target among the framing markers; not 为了, whose aim often names a title's topic
    // (为了确定2,4-D的适宜浓度，…).
    private static bool EndsOnMeansOrTarget(ReadOnlySpan<char> framing)
    {
        framing = framing.TrimEnd();
        return framing.EndsWith("通过", StringComparison.Ordinal) || framing.EndsWith("利用", StringComparison.Ordinal) || framing.EndsWith("针对", StringComparison.Ordinal)
            || framing.EndsWith("对于", StringComparison.Ordinal) || framing.EndsWith("基于", StringComparison.Ordinal);
    }

    // The length of a short object and the comma after it (学习，, 这一问题，) when more of the clause follows; else 0. A comma
    // between digits is a number's or a locant's (2,4-D), and one inside quotes or brackets is the quotation's (通过“举头望明月，低头思故乡”).
    private static int FramedObjectLength(ReadOnlySpan<char> rest)
    {
        var comma = rest.IndexOfAny('，', ',');
        if (comma is <= 0 or > MaxFramedObject || (rest[comma] == ',' && char.IsAsciiDigit(rest[comma - 1]) && comma + 1 < rest.Length && char.IsAsciiDigit(rest[comma + 1]))
            || WellFormedCut.UnclosedBracket(rest[..comma]) >= 0)
        {
            return 0;
        }

        var end = comma + 1;
        while (end < rest.Length && char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        return end < rest.Length ? end : 0;
    }

    // The most characters a means or a target set off by a comma has for its whole clause to be framing.
    private const int MaxFramedObject = 8;

    // The tokens' total length in UTF-16 units (they tile the text when it is the text's length), without
    // concatenating them.
    private static int TotalLength(IReadOnlyList<string> tokens)
    {
        var length = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            length += tokens[t].Length;
        }

        return length;
    }

    // A text's tokens (Jieba's, with which of them start an exact tail, CutWithTails), so the framing stripped from a
    // clause does not make the rest be segmented a second time.
    private readonly record struct WholeTokens(string Text, List<string>? Tokens, bool[]? ExactTails)
    {
        // The index of the token suffix (a suffix of Text) starts at when Tokens from there on are exactly what the
        // tokenizer gives for it; -1 when they are not known (no tokens, not a suffix, or it starts inside a token or
        // inside a run the HMM segmented).
        public int TailOf(string suffix)
        {
            if (Tokens is null || ExactTails is null || suffix.Length == 0 || !Text.AsSpan().EndsWith(suffix, StringComparison.Ordinal))
            {
                return -1;
            }

            var start = Text.Length - suffix.Length;
            var offset = 0;
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (offset == start)
                {
                    return ExactTails[i] ? i : -1;
                }

                if (offset > start)
                {
                    return -1;
                }

                offset += Tokens[i].Length;
            }

            return -1;
        }
    }

    // whole: tokens of a text that ends with this one, read from where text starts when they are known there
    // (WholeTokens.TailOf) instead of segmenting text again.
    private ClauseTokens Tokens(string text, Dictionary<string, int> vocabulary, WholeTokens whole)
    {
        var from = whole.TailOf(text);
        var tokens = from >= 0 ? whole.Tokens! : tokenizer.Tokenize(text);
        from = Math.Max(from, 0);
        string? first = null;
        var last = string.Empty;
        var resultWord = false;
        List<int>? listMarks = null;
        var ids = new int[tokens.Count - from];
        var ends = new int[ids.Length];
        var offset = 0;
        for (var t = 0; t < ids.Length; t++)
        {
            var token = tokens[from + t];
            offset += token.Length;
            ends[t] = offset;
            var trimmed = token.Trim();
            if (trimmed.Length > 0)
            {
                first ??= trimmed;
                last = trimmed;
            }

            TokenCues.TryGetValue(trimmed, out var cues);
            resultWord |= cues.Result;
            if (cues.ListMark)
            {
                (listMarks ??= []).Add(offset);
            }

            if (trimmed.Length == 0 || cues.Stop || !trimmed.AsSpan().ContainsAny(LettersOrDigits) || IsDateUnit(trimmed, t > 0 ? tokens[from + t - 1] : null))
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

        return new ClauseTokens(ids, offset == text.Length ? ends : [], first ?? string.Empty, resultWord, listMarks?.ToArray(), ClauseRoles.IsTopicHead(last));
    }

    // A unit of the calendar or the clock right after the number it goes with (2026|年, 5|月, 10|日, 9|时): part of a date,
    // which says when, not what; counted as a word it made every dated clause central (a notice's deadlines, a method's period).
    private static bool IsDateUnit(string token, string? previous) =>
        token is "年" or "月" or "日" or "号" or "时" or "分" or "秒" && previous is { Length: > 0 } && char.IsAsciiDigit(previous[^1]);

    // danglingFraming: the framing stripped off it opened with a conjunction ("并", "且"), so the clause leans on the one before.
    private static TextRankClause Clause(string text, int sentence, int position, ClauseRole role, ClauseTokens tokens, bool danglingFraming = false, bool objectiveSection = false, bool named = false, int beneficiary = 0) =>
        new(text, sentence, TextRankClause.DistinctWords(tokens.Ids), TextLength.Chars(text), position, tokens.Ids, tokens.Ends, role,
            danglingFraming || ClauseRoles.IsDanglingOpener(tokens.First), tokens.ResultWord, tokens.ListMarks, tokens.TopicHead, objectiveSection, named, beneficiary);

    // The code points before the verb a stripped benefactive 为 goes with (为|我国地铁车站的设计|提供了新的思路), when a token starts
    // there; else 0.
    private static int BeneficiaryLength(ReadOnlySpan<char> framing, string clause, int[] ends) =>
        DiscourseMarkers.BenefitVerbAt(framing, clause) is var at and > 0 && Array.IndexOf(ends, at) >= 0 ? TextLength.Chars(clause.AsSpan(0, at)) : 0;

    // Framing that ends on a classifier of kind (提出了一种, 本发明提供一种, 设计了一类), perhaps with 新的 after it, puts forward
    // what follows it.
    private static bool IsNaming(ReadOnlySpan<char> framing)
    {
        framing = framing.TrimEnd();
        var kind = framing.EndsWith(New, StringComparison.Ordinal) ? framing[..^New.Length].TrimEnd() : framing;
        return kind.EndsWith("一种", StringComparison.Ordinal) || kind.EndsWith("一类", StringComparison.Ordinal);
    }

    private const string New = "新的";

    // A clause's tokens: word id per token (-1 for stop words and punctuation), end offsets (empty unless the tokens
    // tile the text), its first word, and what its words say about it.
    private readonly record struct ClauseTokens(int[] Ids, int[] Ends, string First, bool ResultWord, int[]? ListMarks, bool TopicHead);

    // The best of the first count scores (the sentences; the fields after them are never chosen).
    private static int ArgMax(double[] scores, int count)
    {
        var best = 0;
        for (var i = 1; i < count; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
