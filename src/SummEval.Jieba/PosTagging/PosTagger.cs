using System.Buffers;
using SummEval.Jieba.Dictionary;
using SummEval.Jieba.Segmentation;

namespace SummEval.Jieba.PosTagging;

/// <summary>
/// jieba's <c>posseg</c>: accurate-mode segmentation where each word carries the dictionary's
/// part-of-speech tag, and unknown runs are segmented and tagged by posseg's joint HMM.
/// Shares the segmenter's dictionary, so words added there (with tags) are seen here.
/// </summary>
public sealed class PosTagger
{
    private static readonly Lazy<PosTagger> LazyDefault = new(() => new PosTagger(JiebaSegmenter.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _segmenter;
    private readonly PosHmmModel _model;

    /// <summary>Loads posseg's tables from the segmenter's data folder.</summary>
    public PosTagger(JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        var folder = segmenter.Data.PossegFolder
            ?? throw new FileNotFoundException(
                $"Part-of-speech tagging needs jieba's posseg tables (posseg/char_state_tab.py etc., or jieba.NET's char_state_tab.json " +
                $"and pos_prob_*.json), which {segmenter.Data.Source} lacks.\n" + DictionaryLocator.InstallHint);
        _model = PosHmmModel.Load(folder, segmenter.Data.Kind);
    }

    /// <summary>The tagger over <see cref="JiebaSegmenter.Default"/>, loaded once.</summary>
    public static PosTagger Default => LazyDefault.Value;

    private PrefixDictionary Dictionary => _segmenter.Dictionary;

    /// <summary><c>jieba.posseg.lcut(text, HMM=hmm)</c>: (word, flag) pairs.</summary>
    public List<(string Word, string Flag)> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new List<(string, string)>(Math.Max(4, text.Length / 2));
        Dictionary.Lock.EnterReadLock();
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                if (IsHanInternal(text[i]))
                {
                    while (i < text.Length && IsHanInternal(text[i]))
                    {
                        i++;
                    }

                    CutBlock(text, start, i - start, hmm, output);
                }
                else
                {
                    while (i < text.Length && !IsHanInternal(text[i]))
                    {
                        i++;
                    }

                    // re_skip_internal: separators are 'x'; every other character is 'x' too (digits and
                    // letters never reach here, so posseg's re_num/re_eng tests cannot match).
                    for (var c = start; c < i;)
                    {
                        var n = text[c] == '\r' && c + 1 < i && text[c + 1] == '\n' ? 2
                            : char.IsHighSurrogate(text[c]) && c + 1 < i && char.IsLowSurrogate(text[c + 1]) ? 2 : 1;
                        output.Add((TokenStrings.Of(text, c, n), "x"));
                        c += n;
                    }
                }
            }
        }
        finally
        {
            Dictionary.Lock.ExitReadLock();
        }

        return output;
    }

    /// <summary>posseg's <c>re_han_internal</c>: like the tokenizer's, but without <c>%</c> and <c>-</c>.</summary>
    private static bool IsHanInternal(char c) =>
        CharClasses.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_';

    private string TagOf(string text, int start, int length) => Dictionary.Tag(text.AsSpan(start, length)) ?? "x";

    private void CutBlock(string text, int offset, int n, bool hmm, List<(string, string)> output)
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
                var bufferable = hmm ? y - x == 1 : y - x == 1 && CharClasses.IsAsciiAlphanumeric(text[offset + x]);
                if (bufferable)
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
                        Flush(text, offset + buf, x - buf, hmm, output);
                        buf = -1;
                    }

                    output.Add((TokenStrings.Of(text, offset + x, y - x), TagOf(text, offset + x, y - x)));
                }

                x = y;
            }

            if (buf >= 0)
            {
                Flush(text, offset + buf, n - buf, hmm, output);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bestEnd);
            ArrayPool<double>.Shared.Return(score);
        }
    }

    private void Flush(string text, int start, int length, bool hmm, List<(string, string)> output)
    {
        if (!hmm)
        {
            output.Add((TokenStrings.Of(text, start, length), "eng"));
        }
        else if (length == 1)
        {
            output.Add((TokenStrings.Of(text, start, 1), TagOf(text, start, 1)));
        }
        else if (Dictionary.Frequency(text.AsSpan(start, length)) == 0)
        {
            CutDetail(text, start, length, output);
        }
        else
        {
            for (var i = 0; i < length; i++)
            {
                output.Add((TokenStrings.Of(text, start + i, 1), TagOf(text, start + i, 1)));
            }
        }
    }

    /// <summary>
    /// posseg's <c>__cut_detail</c>: Chinese runs go through the joint HMM; the rest is split by
    /// <c>([\.0-9]+|[a-zA-Z0-9]+)</c> into numbers ('m'), words ('eng') and the text between ('x').
    /// </summary>
    private void CutDetail(string text, int offset, int length, List<(string, string)> output)
    {
        var end = offset + length;
        var i = offset;
        while (i < end)
        {
            var start = i;
            if (CharClasses.IsHan(text[i]))
            {
                while (i < end && CharClasses.IsHan(text[i]))
                {
                    i++;
                }

                Viterbi(text, start, i - start, output);
                continue;
            }

            while (i < end && !CharClasses.IsHan(text[i]))
            {
                i++;
            }

            var pending = start;
            var j = start;
            while (j < i)
            {
                var c = text[j];
                int matchEnd;
                if (c == '.' || char.IsAsciiDigit(c))
                {
                    matchEnd = j;
                    while (matchEnd < i && (text[matchEnd] == '.' || char.IsAsciiDigit(text[matchEnd])))
                    {
                        matchEnd++;
                    }
                }
                else if (char.IsAsciiLetter(c))
                {
                    matchEnd = j;
                    while (matchEnd < i && char.IsAsciiLetterOrDigit(text[matchEnd]))
                    {
                        matchEnd++;
                    }
                }
                else
                {
                    j++;
                    continue;
                }

                if (j > pending)
                {
                    output.Add((TokenStrings.Of(text, pending, j - pending), "x"));
                }

                output.Add((TokenStrings.Of(text, j, matchEnd - j), c == '.' || char.IsAsciiDigit(c) ? "m" : "eng"));
                j = matchEnd;
                pending = j;
            }

            if (pending < i)
            {
                output.Add((TokenStrings.Of(text, pending, i - pending), "x"));
            }
        }
    }

    private void Viterbi(string text, int offset, int length, List<(string, string)> output)
    {
        var model = _model;
        var states = model.States.Length;
        var v = new double[states];
        var nextV = new double[states];
        var present = new bool[states];
        var nextPresent = new bool[states];
        var expect = new bool[states];
        var memPath = new int[length * states];
        var prevStates = new List<int>(states);
        var obsStates = new List<int>(states);

        var first = text[offset];
        foreach (var y in model.CharStates.TryGetValue(first, out var s0) ? s0 : model.AllStates)
        {
            v[y] = model.Start[y] + model.EmitP(y, first);
            present[y] = true;
            memPath[y] = -1;
        }

        for (var t = 1; t < length; t++)
        {
            var c = text[offset + t];
            prevStates.Clear();
            Array.Clear(expect);
            var anyExpected = false;
            for (var x = 0; x < states; x++)
            {
                if (present[x] && model.Next[x].Length > 0)
                {
                    prevStates.Add(x);
                    foreach (var y in model.Next[x])
                    {
                        expect[y] = true;
                        anyExpected = true;
                    }
                }
            }

            obsStates.Clear();
            foreach (var y in model.CharStates.TryGetValue(c, out var cs) ? cs : model.AllStates)
            {
                if (expect[y] && !obsStates.Contains(y))
                {
                    obsStates.Add(y);
                }
            }

            if (obsStates.Count == 0)
            {
                if (anyExpected)
                {
                    for (var y = 0; y < states; y++)
                    {
                        if (expect[y])
                        {
                            obsStates.Add(y);
                        }
                    }
                }
                else
                {
                    obsStates.AddRange(model.AllStates);
                }
            }

            Array.Clear(nextPresent);
            foreach (var y in obsStates)
            {
                var em = model.EmitP(y, c);
                var best = double.NaN;
                var bestState = -1;
                foreach (var y0 in prevStates)
                {
                    var p = v[y0] + model.Trans[(y0 * states) + y] + em;
                    // max over (prob, state) tuples: a tie goes to the larger state.
                    if (bestState < 0 || p > best || (p == best && y0 > bestState))
                    {
                        best = p;
                        bestState = y0;
                    }
                }

                nextV[y] = best;
                nextPresent[y] = true;
                memPath[(t * states) + y] = bestState;
            }

            (v, nextV) = (nextV, v);
            (present, nextPresent) = (nextPresent, present);
        }

        var lastState = -1;
        var lastP = double.NaN;
        for (var y = 0; y < states; y++)
        {
            if (present[y] && (lastState < 0 || v[y] > lastP || v[y] == lastP))
            {
                lastP = v[y];
                lastState = y;
            }
        }

        var route = new int[length];
        var state = lastState;
        for (var i = length - 1; i >= 0; i--)
        {
            route[i] = state;
            state = memPath[(i * states) + state];
        }

        var begin = 0;
        var nexti = 0;
        for (var i = 0; i < length; i++)
        {
            var (pos, tag) = model.States[route[i]];
            if (pos == 'B')
            {
                begin = i;
            }
            else if (pos == 'E')
            {
                output.Add((TokenStrings.Of(text, offset + begin, i + 1 - begin), tag));
                nexti = i + 1;
            }
            else if (pos == 'S')
            {
                output.Add((TokenStrings.Of(text, offset + i, 1), tag));
                nexti = i + 1;
            }
        }

        if (nexti < length)
        {
            output.Add((TokenStrings.Of(text, offset + nexti, length - nexti), model.States[route[nexti]].Tag));
        }
    }
}
