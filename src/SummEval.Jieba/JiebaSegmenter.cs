using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SummEval.Jieba.Dictionary;
using SummEval.Jieba.Segmentation;
using SummEval.Tokenization;

namespace SummEval.Jieba;

/// <summary>
/// A port of jieba 0.42.1's tokenizer: accurate mode (with or without the HMM for unknown words), full mode
/// and search mode, with user dictionaries. Thread-safe: segmenting takes a read lock on the dictionary,
/// adding words a write lock.
/// </summary>
public sealed partial class JiebaSegmenter : ITextTokenizer
{
    private static readonly Lazy<JiebaSegmenter> LazyDefault = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the dictionary and HMM tables from located data files.</summary>
    public JiebaSegmenter(JiebaData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var bytes = File.ReadAllBytes(data.DictionaryPath);
        PrefixDictionary? dictionary = null;
        HmmModel? hmm = null;
        string? sha = null;

        // The checksum and the HMM tables do not depend on the parsed dictionary: on a second core they cost nothing,
        // which matters most for the first load in a process (JSON and hashing code are still cold then).
        try
        {
            Parallel.Invoke(
                () => dictionary = PrefixDictionary.Parse(bytes, data.DictionaryPath),
                () =>
                {
                    sha = DictionaryLocator.NormalizedSha256Of(bytes);
                    hmm = data.Kind switch
                    {
                        JiebaDataKind.Jieba => HmmModel.LoadJieba(data.HmmPath),
                        JiebaDataKind.JiebaNet => HmmModel.LoadJiebaNet(data.HmmPath),
                        _ => HmmModel.LoadCppJieba(data.HmmPath),
                    };
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // Callers see the FormatException or IOException naming the file, as from a sequential load.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var warning = data.Warning;
        if (data.Kind is JiebaDataKind.Jieba or JiebaDataKind.JiebaNet && sha != JiebaData.ExpectedDictSha256)
        {
            warning = $"{data.DictionaryPath} has sha256 {sha}, not jieba 0.42.1's {JiebaData.ExpectedDictSha256}: " +
                "segmentation may differ from jieba's.";
        }

        Data = data with { Warning = warning };
        DictionarySha256 = sha!;
        Dictionary = dictionary!;
        Hmm = hmm!;
    }

    /// <summary>
    /// The shared segmenter over the located dictionary (see <see cref="DictionaryLocator"/>), loaded once on
    /// first use. Words added to it are visible to every user.
    /// </summary>
    public static JiebaSegmenter Default => LazyDefault.Value;

    /// <inheritdoc />
    public string Name => "jieba";

    /// <summary>The data files in use, with any parity warning.</summary>
    public JiebaData Data { get; }

    /// <summary>sha256 of the loaded main dictionary, CRLF line ends counted as LF.</summary>
    public string DictionarySha256 { get; }

    /// <summary>The prefix dictionary (shared with part-of-speech tagging and keywords).</summary>
    public PrefixDictionary Dictionary { get; }

    internal HmmModel Hmm { get; }

    /// <summary>Loads from an explicit folder, or locates the data when <paramref name="folder"/> is null.</summary>
    public static JiebaSegmenter Load(string? folder = null) => new(DictionaryLocator.Locate(folder));

    /// <summary>Accurate mode with the HMM, as <c>jieba.lcut(text)</c>.</summary>
    public IReadOnlyList<string> Tokenize(string text) => Cut(text, hmm: true);

    /// <summary>Accurate mode: <c>jieba.lcut(text, HMM=hmm)</c>.</summary>
    public List<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<string>(Math.Max(4, text.Length / 2));
        CutInto(text, hmm ? Mode.AccurateHmm : Mode.Accurate, output);
        return output;
    }

    /// <summary>
    /// Accurate mode with the HMM (<see cref="Tokenize"/>), telling for each token whether the text from its start
    /// on would be cut into exactly the tokens from it on: <paramref name="exactTails"/>[i] is true when
    /// <c>Cut(text[start..])</c>, start being token i's offset, equals tokens i to the end. It is false only inside a
    /// run of characters the HMM segmented together (a cut there gives the HMM another run), so a caller that cuts a
    /// prefix off at a token boundary can reuse the tail instead of segmenting it again.
    /// </summary>
    public List<string> CutWithTails(string text, out bool[] exactTails)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<string>(Math.Max(4, text.Length / 2));
        var inexact = new List<int>();
        CutInto(text, Mode.AccurateHmm, output, inexact);
        exactTails = new bool[output.Count];
        Array.Fill(exactTails, true);
        foreach (var i in inexact)
        {
            exactTails[i] = false;
        }

        return output;
    }

    /// <summary>
    /// Full mode: <c>jieba.lcut(text, cut_all=True)</c>, every dictionary word found. Like jieba, it yields empty
    /// strings around whitespace.
    /// </summary>
    public List<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<string>(Math.Max(4, text.Length));
        CutInto(text, Mode.Full, output);
        return output;
    }

    /// <summary>Search-engine mode: <c>jieba.lcut_for_search(text, HMM=hmm)</c>.</summary>
    public List<string> CutForSearch(string text, bool hmm = true)
    {
        var words = Cut(text, hmm);
        var output = new List<string>(words.Count * 2);
        Dictionary.Lock.EnterReadLock();
        try
        {
            foreach (var w in words)
            {
                if (w.Length > 2)
                {
                    for (var i = 0; i < w.Length - 1; i++)
                    {
                        if (Dictionary.Frequency(w.AsSpan(i, 2)) != 0)
                        {
                            output.Add(w.Substring(i, 2));
                        }
                    }
                }

                if (w.Length > 3)
                {
                    for (var i = 0; i < w.Length - 2; i++)
                    {
                        if (Dictionary.Frequency(w.AsSpan(i, 3)) != 0)
                        {
                            output.Add(w.Substring(i, 3));
                        }
                    }
                }

                output.Add(w);
            }
        }
        finally
        {
            Dictionary.Lock.ExitReadLock();
        }

        return output;
    }

    /// <summary>
    /// Adds a word as <c>jieba.add_word</c>: without <paramref name="freq"/> the frequency is jieba's
    /// <c>suggest_freq(word)</c>, just enough for the word to be cut out whole; frequency 0 deletes it.
    /// </summary>
    public void AddWord(string word, long? freq = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        Dictionary.Add(word, freq ?? SuggestFrequency(word), tag);
    }

    /// <summary>Removes a word (<c>jieba.del_word</c>: frequency 0 and never produced by the HMM).</summary>
    public void DeleteWord(string word) => AddWord(word, 0);

    /// <summary>jieba's <c>suggest_freq(word, tune=False)</c>.</summary>
    public long SuggestFrequency(string word)
    {
        var total = Dictionary.Total;
        var ftotal = (double)total;
        var freq = 1.0;
        Dictionary.Lock.EnterReadLock();
        try
        {
            foreach (var seg in Cut(word, hmm: false))
            {
                // FREQ.get(seg, 1): a known prefix gives 0, an unknown string 1.
                var f = Dictionary.TryGet(seg, out var entry) ? entry.Freq : 1;
                freq *= f / ftotal;
            }

            var own = Dictionary.TryGet(word, out var wordEntry) ? wordEntry.Freq : 1;
            return Math.Max((long)(freq * total) + 1, own);
        }
        finally
        {
            Dictionary.Lock.ExitReadLock();
        }
    }

    /// <summary>Loads a user dictionary: UTF-8 lines of <c>word [freq] [tag]</c>, as <c>jieba.load_userdict</c>.</summary>
    public void LoadUserDictionary(string path)
    {
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = raw.Trim(' ', '\t', '\n', '\r', '\v', '\f').TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            var m = UserDictLine().Match(line);
            if (!m.Success)
            {
                throw new FormatException($"{path}, line {lineNumber}: expected 'word [freq] [tag]', got '{line}'.");
            }

            long? freq = null;
            if (m.Groups[2].Success)
            {
                if (!long.TryParse(m.Groups[2].Value.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    throw new FormatException($"{path}, line {lineNumber}, field freq: '{m.Groups[2].Value.Trim()}' is out of range.");
                }

                freq = parsed;
            }

            var tag = m.Groups[3].Success ? m.Groups[3].Value.Trim() : null;
            AddWord(m.Groups[1].Value, freq, tag);
        }
    }

    // inexact (accurate mode with the HMM only): receives the indices of the tokens that do not start an exact tail
    // (CutWithTails).
    internal void CutInto(string text, Mode mode, List<string> output, List<int>? inexact = null)
    {
        Dictionary.Lock.EnterReadLock();
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                if (CharClasses.IsHanDefault(text[i]))
                {
                    while (i < text.Length && CharClasses.IsHanDefault(text[i]))
                    {
                        i++;
                    }

                    switch (mode)
                    {
                        case Mode.AccurateHmm:
                            CutBlockHmm(text, start, i - start, output, inexact);
                            break;
                        case Mode.Accurate:
                            CutBlockNoHmm(text, start, i - start, output);
                            break;
                        default:
                            CutBlockAll(text, start, i - start, output);
                            break;
                    }
                }
                else
                {
                    while (i < text.Length && !CharClasses.IsHanDefault(text[i]))
                    {
                        i++;
                    }

                    CutSkipBlock(text, start, i - start, mode == Mode.Full, output);
                }
            }
        }
        finally
        {
            Dictionary.Lock.ExitReadLock();
        }
    }

    /// <summary>
    /// A block outside <c>re_han_default</c>: <c>re_skip_default.split</c> (<c>\r\n</c> or one whitespace
    /// character) yields separators as tokens; the pieces between are split into characters (accurate mode)
    /// or kept whole, empty ones included (full mode).
    /// </summary>
    private static void CutSkipBlock(string text, int offset, int length, bool full, List<string> output)
    {
        var end = offset + length;
        var piece = offset;
        var i = offset;
        while (i <= end)
        {
            var sepLength = 0;
            if (i < end)
            {
                if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n')
                {
                    sepLength = 2;
                }
                else if (CharClasses.IsPythonSpace(text[i]))
                {
                    sepLength = 1;
                }
                else
                {
                    i++;
                    continue;
                }
            }

            if (full)
            {
                output.Add(i == piece ? string.Empty : TokenStrings.Of(text, piece, i - piece));
            }
            else
            {
                for (var c = piece; c < i;)
                {
                    var n = char.IsHighSurrogate(text[c]) && c + 1 < i && char.IsLowSurrogate(text[c + 1]) ? 2 : 1;
                    output.Add(TokenStrings.Of(text, c, n));
                    c += n;
                }
            }

            if (i == end)
            {
                break;
            }

            output.Add(TokenStrings.Of(text, i, sepLength));
            i += sepLength;
            piece = i;
        }
    }

    // Suffixes: the route of a block is computed right to left, so from any route position it is that of the block's
    // rest; the only tokens whose cut changes what follows are those after the first in an HMM run (a cut there
    // starts the HMM's run later), which go to inexact.
    private void CutBlockHmm(string text, int offset, int n, List<string> output, List<int>? inexact)
    {
        var bestEnd = ArrayPool<int>.Shared.Rent(n);
        var score = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            Route.Compute(text.AsSpan(offset, n), Dictionary, bestEnd, score);
            var x = 0;
            var buf = -1;
            while (x < n)
            {
                var y = bestEnd[x] + 1;
                if (y - x == 1)
                {
                    if (buf < 0)
                    {
                        buf = x;
                    }
                }
                else
                {
                    if (buf >= 0)
                    {
                        FlushHmmBuffer(text, offset + buf, x - buf, output, inexact);
                        buf = -1;
                    }

                    output.Add(TokenStrings.Of(text, offset + x, y - x));
                }

                x = y;
            }

            if (buf >= 0)
            {
                FlushHmmBuffer(text, offset + buf, n - buf, output, inexact);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bestEnd);
            ArrayPool<double>.Shared.Return(score);
        }
    }

    private void FlushHmmBuffer(string text, int start, int length, List<string> output, List<int>? inexact)
    {
        var first = output.Count;
        FlushHmmBuffer(text, start, length, output);
        for (var i = first + 1; inexact is not null && i < output.Count; i++)
        {
            inexact.Add(i);
        }
    }

    private void FlushHmmBuffer(string text, int start, int length, List<string> output)
    {
        if (length == 1)
        {
            output.Add(TokenStrings.Of(text, start, 1));
        }
        else if (Dictionary.Frequency(text.AsSpan(start, length)) == 0)
        {
            FinalSeg.Cut(text, start, length, Hmm, Dictionary, output);
        }
        else
        {
            for (var i = 0; i < length; i++)
            {
                output.Add(TokenStrings.Of(text, start + i, 1));
            }
        }
    }

    private void CutBlockNoHmm(string text, int offset, int n, List<string> output)
    {
        var bestEnd = ArrayPool<int>.Shared.Rent(n);
        var score = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            Route.Compute(text.AsSpan(offset, n), Dictionary, bestEnd, score);
            var x = 0;
            var buf = -1;
            while (x < n)
            {
                var y = bestEnd[x] + 1;
                if (y - x == 1 && CharClasses.IsAsciiAlphanumeric(text[offset + x]))
                {
                    if (buf < 0)
                    {
                        buf = x;
                    }
                }
                else
                {
                    if (buf >= 0)
                    {
                        output.Add(TokenStrings.Of(text, offset + buf, x - buf));
                        buf = -1;
                    }

                    output.Add(TokenStrings.Of(text, offset + x, y - x));
                }

                x = y;
            }

            if (buf >= 0)
            {
                output.Add(TokenStrings.Of(text, offset + buf, n - buf));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bestEnd);
            ArrayPool<double>.Shared.Return(score);
        }
    }

    private void CutBlockAll(string text, int offset, int n, List<string> output)
    {
        var sentence = text.AsSpan(offset, n);
        var firstEnd = new int[n + 1];
        var ends = new List<int>(n * 2);
        Route.Dag(sentence, Dictionary, firstEnd, ends);
        var oldJ = -1;
        var engScan = false;
        var engBuf = new StringBuilder();
        for (var k = 0; k < n; k++)
        {
            if (engScan && !CharClasses.IsAsciiAlphanumeric(sentence[k]))
            {
                engScan = false;
                output.Add(engBuf.ToString());
            }

            var count = firstEnd[k + 1] - firstEnd[k];
            if (count == 1 && k > oldJ)
            {
                var end = ends[firstEnd[k]];
                var word = TokenStrings.Of(text, offset + k, end + 1 - k);
                if (CharClasses.IsAsciiAlphanumeric(word[0]))
                {
                    if (!engScan)
                    {
                        engScan = true;
                        engBuf.Clear();
                    }

                    engBuf.Append(word);
                }

                if (!engScan)
                {
                    output.Add(word);
                }

                oldJ = end;
            }
            else
            {
                for (var e = firstEnd[k]; e < firstEnd[k + 1]; e++)
                {
                    var j = ends[e];
                    if (j > k)
                    {
                        output.Add(TokenStrings.Of(text, offset + k, j + 1 - k));
                        oldJ = j;
                    }
                }
            }
        }

        if (engScan)
        {
            output.Add(engBuf.ToString());
        }
    }

    private static JiebaSegmenter CreateDefault()
    {
        var segmenter = Load();
        if (segmenter.Data.Warning is { } warning)
        {
            Console.Error.WriteLine("warning: " + warning);
        }

        return segmenter;
    }

    [GeneratedRegex("^(.+?)( [0-9]+)?( [a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex UserDictLine();

    internal enum Mode
    {
        AccurateHmm,
        Accurate,
        Full,
    }
}
